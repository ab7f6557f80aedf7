/**
 * The discovery section of bench/RESULTS.md, from bench/results/discovery.json
 * (`npm run bench:discovery`).
 */
import { machineLine } from './machine';

type Json = Record<string, any>;

const seconds = (ms: number): string => (ms >= 10_000 ? `${Math.round(ms / 1000)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const row = (cells: unknown[]) => `| ${cells.join(' | ')} |`;

export function discoverySection(r: Json): string[] {
  const out = [
    '## Discovery at scale (themes, similar measures)',
    '',
    machineLine(r.machine),
    '',
    '1× is the bundled report; N× is `scripts/synthesize.ts --copies N` (every ministry repeated with a suffixed name and lightly varied text). Ingest = parse + discovery + the one-transaction Neo4j write replacing the previous graph, after one warm-up ingest (migrations, dictionary load, first query compiles). Similarity = the inverted-index top-k inside discovery; "every pair" is what comparing all pairs would take, timed on a 300-measure sample and scaled.',
    '',
    row(['scale', 'measures', 'HAS_THEME', 'SIMILAR_TO', 'ingest', 'parse', 'discovery', 'of which similarity', 'write', 'every pair (est.)', 'search 多面観察', 'similarMeasures']),
    row(Array(12).fill('---')),
  ];
  for (const s of r.scales as Json[]) {
    out.push(
      row([
        `${s.scale}×`,
        s.measures,
        s.themeLinks,
        s.similarEdges,
        seconds(s.ingestMs),
        seconds(s.parseMs),
        seconds(s.discoveryMs),
        seconds(s.similarityMs),
        seconds(s.writeMs),
        `${seconds(s.exhaustiveEstimateMs)} (${(s.exhaustivePairs / 1e6).toFixed(s.exhaustivePairs < 1e6 ? 3 : 0)} M pairs)`,
        `${s.searchMs} ms`,
        `${s.similarMeasuresMs} ms`,
      ]),
    );
  }
  out.push('');
  return out;
}
