/**
 * `npx tsx scripts/alignmentDiff.ts <before.json> <after.json>`: compares the title → rows assignment
 * of two extractions of the same report (`npm run -s extract` output) and prints every title whose rows
 * moved, ministry by ministry, with the rows' first words. Exits 0 when nothing moved, 1 otherwise.
 */
import fs from 'node:fs';
import { compact } from '../src/ingest/text';
import { printedHelp } from './help';

interface Item {
  readonly title: string;
  readonly measures: readonly { readonly head: string; readonly lineStart: number }[];
  readonly alignment: { readonly confidence: number; readonly rows: readonly { readonly lineStart: number }[] };
}
interface Ministry {
  readonly ministry: string;
  readonly priorityItems: readonly Item[];
}

function assignments(ministry: Ministry | undefined): Map<string, { rows: string; item: Item }> {
  const out = new Map<string, { rows: string; item: Item }>();
  for (const item of ministry?.priorityItems ?? []) {
    out.set(compact(item.title), { rows: item.alignment.rows.map((r) => r.lineStart).sort((a, b) => a - b).join(','), item });
  }
  return out;
}

const USAGE = 'usage: npx tsx scripts/alignmentDiff.ts <before.json> <after.json>   (files of npm run -s extract)\n';

function main(argv: string[]): number {
  if (printedHelp(argv, USAGE)) return 0;
  if (argv.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [before, after] = argv.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as Ministry[]);
  const names = [...new Set([...before.map((m) => m.ministry), ...after.map((m) => m.ministry)])];
  let moved = 0;
  for (const name of names) {
    const was = assignments(before.find((m) => m.ministry === name));
    const now = assignments(after.find((m) => m.ministry === name));
    const lines: string[] = [];
    for (const title of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(title);
      const b = now.get(title);
      if (a?.rows === b?.rows) continue;
      moved++;
      lines.push(`  ${title}\n    before rows at ${a?.rows ?? '—'} (confidence ${a?.item.alignment.confidence ?? '—'})\n    after  rows at ${b?.rows ?? '—'} (confidence ${b?.item.alignment.confidence ?? '—'})`);
    }
    process.stdout.write(lines.length === 0 ? `${name}: unchanged\n` : `${name}: ${lines.length} moved\n${lines.join('\n')}\n`);
  }
  process.stdout.write(`${moved} title(s) moved\n`);
  return moved === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
