/**
 * `npx tsx scripts/lineage.ts <earlier.txt> <later.txt> [--truth later.truth.json] [--json]`
 *
 * Parses two years of the report and links the later year's measures and items to their
 * predecessors (src/lineage). Prints, per ministry, how many measures are continued, changed, new
 * and dropped, then the review list and the time taken; with --truth (as written by
 * scripts/synthesizeNextYear.ts), the precision and recall of the links; with --json, the whole
 * result (links, diff with reasons, review) as JSON on stdout instead. Exits 1 on a report it
 * cannot read, 2 on bad arguments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadTaxonomy } from '../src/discovery/taxonomy';
import { loadTokenizer } from '../src/discovery/tokenizer';
import { ReportFormatError } from '../src/ingest/errors';
import { loadAlignmentKnowledge } from '../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../src/ingest/ministryDirectory';
import { parseReport } from '../src/ingest/parseReport';
import { readReportFile } from '../src/ingest/readReport';
import { lineageYearFromRecords, matchLineage, type ChangeKind } from '../src/lineage';
import type { NextYearTruth } from '../src/synth/synthesizeNextYear';
import { scoreLinks } from '../src/synth/scoreLinks';
import { printedHelp } from './help';

const USAGE = 'usage: npx tsx scripts/lineage.ts <earlier.txt> <later.txt> [--truth later.truth.json] [--json]\n';

async function main(argv: string[]): Promise<number> {
  if (printedHelp(argv, USAGE)) return 0;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { truth: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (error) {
    process.stderr.write(`lineage: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const directory = loadMinistryDirectory();
  const knowledge = await loadAlignmentKnowledge();
  let years;
  try {
    years = positionals.map((file) => lineageYearFromRecords(parseReport(readReportFile(file), { directory, source: path.basename(file), knowledge })));
  } catch (error) {
    if (error instanceof ReportFormatError) {
      process.stderr.write(`lineage: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const loading = performance.now();
  const tools = { tokenizer: await loadTokenizer(), taxonomy: loadTaxonomy() };
  const loadMs = Math.round(performance.now() - loading);
  const result = matchLineage(years[0], years[1], tools);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const out: string[] = [`${result.diff.from} → ${result.diff.to}`];
  const kinds: ChangeKind[] = ['continued', 'changed', 'new', 'dropped'];
  const total = Object.fromEntries(kinds.map((k) => [k, 0])) as Record<ChangeKind, number>;
  for (const d of result.diff.ministries) {
    const count = (k: ChangeKind) => d.measures.filter((c) => c.kind === k).length;
    kinds.forEach((k) => (total[k] += count(k)));
    out.push(`  ${d.ministryId}: ${kinds.map((k) => `${count(k)} ${k}`).join(', ')}`);
  }
  out.push(`measures: ${kinds.map((k) => `${total[k]} ${k}`).join(', ')}; ${result.itemLinks.length} item links`);
  out.push(`review (${result.review.length}):`, ...result.review.map((n) => `  ${n.kind} ${n.id}: ${n.reason}`));
  out.push(`matched in ${result.timings.totalMs} ms (${result.timings.evidenceMs} ms analysing the texts, ${result.timings.matchingMs} ms choosing links); the analyser loaded in ${loadMs} ms`);
  if (values.truth) {
    const truth = JSON.parse(fs.readFileSync(values.truth, 'utf8')) as NextYearTruth;
    for (const [what, links, expected] of [
      ['measures', result.measureLinks, truth.ministries.flatMap((m) => m.measures)],
      ['items', result.itemLinks, truth.ministries.flatMap((m) => m.items)],
    ] as const) {
      const s = scoreLinks(links, expected);
      out.push(`${what}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)} (${s.correct} right of ${s.found} found, ${s.expected} expected)`);
      out.push(...s.wrong.map((w) => `  wrong ${w}`), ...s.missed.map((m) => `  missed ${m}`));
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`lineage failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
