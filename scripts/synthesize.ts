/**
 * `npm run -s synthesize -- [--copies 100] [--seed 1] [report.txt] > big.txt`: a synthetic report N
 * times the size of a real one, for scale benchmarks. Copy 1 is the report as it is; copies 2…N
 * repeat every ministry's section with the name suffixed (「内閣官房・複製2」: unknown to
 * data/ministries.tsv, so the ingest gives it a provisional id) and its measure text lightly varied
 * (same-length synonyms, so the column widths the parser reads are kept). The result parses with
 * parseReport like the real one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config';
import { toBlocks, toLines } from '../src/ingest/blocks';
import { toMinistrySpans } from '../src/ingest/spans';
import { printedHelp } from './help';

/** Same-length substitutions: a word of the report and a stand-in of the same width. */
const VARIANTS: readonly (readonly [string, string])[] = [
  ['実施', '実行'],
  ['推進', '促進'],
  ['周知', '通知'],
  ['研修', '講習'],
  ['検討', '検証'],
  ['活用', '利用'],
  ['確認', '点検'],
  ['向上', '改善'],
  ['職員', '人員'],
  ['導入', '採用'],
  ['共有', '共用'],
  ['取組', '施策'],
];
/** Share of measure lines a copy varies. */
const VARY_SHARE = 0.4;

export interface SynthesizeOptions {
  readonly copies: number;
  readonly seed?: number;
}

/** The synthetic report text. Throws a `TypeError` for copies outside 1…1000. */
export function synthesizeReport(text: string, options: SynthesizeOptions): string {
  const { copies } = options;
  if (!Number.isInteger(copies) || copies < 1 || copies > 1000) throw new TypeError(`copies must be an integer from 1 to 1000; got ${copies}`);
  const raw = text.replace(/\r\n?/gu, '\n').split('\n');
  const lines = toLines(text);
  const spans = toMinistrySpans(toBlocks(lines));
  const measureLines = new Set(spans.flatMap((s) => s.cells.filter((c) => c.cell === 'A').flatMap((c) => c.lines.map((l) => l.no))));
  // Each ministry's region runs from its first line to the line before the next one's.
  const regions = spans.map((s, i) => ({ span: s, from: s.firstLine, to: i + 1 < spans.length ? spans[i + 1].firstLine - 1 : raw.length }));
  const out: string[] = raw.slice(0, spans[0].firstLine - 1);
  const random = generator(options.seed ?? 1);
  for (let copy = 1; copy <= copies; copy++) {
    for (const { span, from, to } of regions) {
      for (let no = from; no <= to; no++) {
        let line = raw[no - 1];
        if (copy > 1 && no === span.bannerLine) line = line.replace(`：${span.name}】`, `：${span.name}・複製${copy}】`).replace(`:${span.name}】`, `:${span.name}・複製${copy}】`);
        else if (copy > 1 && measureLines.has(no) && random() < VARY_SHARE) line = vary(line, random);
        out.push(line);
      }
    }
  }
  return out.join('\n');
}

/** One same-length substitution of a word the line holds (chosen at random), everywhere in the line. */
function vary(line: string, random: () => number): string {
  const present = VARIANTS.filter(([word]) => line.includes(word));
  if (present.length === 0) return line;
  const [word, stand] = present[Math.floor(random() * present.length)];
  return line.split(word).join(stand);
}

/** A small deterministic generator (Park–Miller), so the same seed gives the same report. */
function generator(seed: number): () => number {
  let state = Math.max(1, Math.floor(seed)) % 2147483647;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const USAGE = 'usage: npm run -s synthesize -- [--copies 100] [--seed 1] [report.txt] > synthetic.txt\n';

function main(argv: string[]): number {
  if (printedHelp(argv, USAGE)) return 0;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { copies: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' } } });
  } catch (error) {
    process.stderr.write(`synthesize: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const file = positionals[0] ?? path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
  process.stdout.write(synthesizeReport(fs.readFileSync(file, 'utf8'), { copies: Number(values.copies), seed: Number(values.seed) }));
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
