/**
 * `npx tsx scripts/alignmentRobustness.ts [report.txt]`: checks that the title → rows alignment of every
 * ministry of a report does not hang on things it must not hang on, and prints what moves:
 *
 * - another ministry: the guideline tree is built without each ministry's clause cells in turn (as if
 *   that ministry were cut from the report) and every other ministry is aligned again;
 * - the evidence weights: each weight is multiplied by 0, ¼, ½, 2 and 4 in turn.
 *
 * Exits 0 when no assignment moved, 1 otherwise. Takes about half a minute.
 */
import path from 'node:path';
import { projectRoot } from '../src/config';
import { alignTitles } from '../src/ingest/align';
import { loadAlignmentKnowledge, type AlignmentKnowledge } from '../src/ingest/alignment/knowledge';
import { EVIDENCE_WEIGHTS, type EvidenceWeights, type MachineEvidenceKind } from '../src/ingest/alignment/scoreMatrix';
import { toBlocks, toLines, type ReportLine } from '../src/ingest/blocks';
import { buildGuidelineTree, resolveClauseCell, type GuidelineTree } from '../src/ingest/clauses';
import { loadMinistryDirectory, lookupMinistry } from '../src/ingest/ministryDirectory';
import { readReportFile } from '../src/ingest/readReport';
import { toTable, type SpanTable } from '../src/ingest/rows';
import { toMinistrySpans } from '../src/ingest/spans';
import { printedHelp } from './help';

interface Ministry {
  readonly id: string;
  readonly name: string;
  readonly table: SpanTable;
}

const cellText = (cell: readonly ReportLine[]): string => cell.map((l) => l.text.trim()).join('\n');

function guidelineWithout(ministries: readonly Ministry[], without: string | null): GuidelineTree {
  return buildGuidelineTree(
    ministries.filter((m) => m.id !== without).flatMap(({ id, table }) => table.rows.flatMap((r) => r.b.map((c) => ({ ministryId: id, text: cellText(c) })))),
  );
}

/** The ministry's assignment as title key → row keys, and its confidences. */
function aligned(m: Ministry, guideline: GuidelineTree, knowledge: AlignmentKnowledge, weights: EvidenceWeights = EVIDENCE_WEIGHTS) {
  const rowRefs = m.table.rows.map((r) => {
    const resolved = r.b.map((c) => resolveClauseCell(guideline, { ministryId: m.id, text: cellText(c) }));
    return { clauseRefs: resolved.flatMap((x) => x.clauseRefs), planRefs: resolved.flatMap((x) => x.planRefs) };
  });
  const a = alignTitles(m.table, { knowledge, guideline, rowRefs, ministryId: m.id, ownName: m.name, weights });
  return { assignment: a.items.map((i) => `${i.titleKey}→${i.rowKeys.join('+')}`).join(' '), confidence: a.items.map((i) => i.confidence), refs: JSON.stringify(rowRefs) };
}

async function main(file: string): Promise<number> {
  const knowledge = await loadAlignmentKnowledge();
  const directory = loadMinistryDirectory();
  const spans = toMinistrySpans(toBlocks(toLines(readReportFile(file))));
  const ministries: Ministry[] = spans.map((span) => ({ id: lookupMinistry(directory, span.name).info.id, name: span.name, table: toTable(span) }));
  const full = guidelineWithout(ministries, null);
  const base = new Map(ministries.map((m) => [m.id, aligned(m, full, knowledge)]));
  let moved = 0;

  let largest = 0;
  let largestWithSameRefs = 0;
  for (const removed of ministries) {
    const guideline = guidelineWithout(ministries, removed.id);
    for (const m of ministries.filter((x) => x !== removed)) {
      const got = aligned(m, guideline, knowledge);
      const want = base.get(m.id)!;
      if (got.assignment !== want.assignment) {
        moved++;
        process.stdout.write(`without ${removed.id}'s clause cells, ${m.id} moves\n`);
      }
      const change = Math.max(0, ...got.confidence.map((c, i) => Math.abs(c - want.confidence[i])));
      largest = Math.max(largest, change);
      if (got.refs === want.refs) largestWithSameRefs = Math.max(largestWithSameRefs, change);
    }
  }
  process.stdout.write(
    `another ministry removed: ${moved} moves; confidence changes up to ${largestWithSameRefs.toFixed(3)} ` +
      `(${largest.toFixed(3)} where the clause stage resolves the ministry's own cells differently)\n`,
  );

  for (const kind of Object.keys(EVIDENCE_WEIGHTS) as MachineEvidenceKind[]) {
    for (const factor of [0, 0.25, 0.5, 2, 4]) {
      const weights = { ...EVIDENCE_WEIGHTS, [kind]: EVIDENCE_WEIGHTS[kind] * factor };
      const movers = ministries.filter((m) => aligned(m, full, knowledge, weights).assignment !== base.get(m.id)!.assignment).map((m) => m.id);
      moved += movers.length;
      process.stdout.write(`${kind} × ${factor}: ${movers.length === 0 ? 'no move' : `moves ${movers.join(', ')}`}\n`);
    }
  }
  return moved === 0 ? 0 : 1;
}

const USAGE = 'usage: npx tsx scripts/alignmentRobustness.ts [report.txt]   (default: the bundled report)\n';
const args = process.argv.slice(2);
if (printedHelp(args, USAGE)) process.exit(0);
if (args.length > 1 || args[0]?.startsWith('-')) {
  process.stderr.write(USAGE);
  process.exit(2);
}
void main(args[0] ?? path.join(projectRoot, 'data', 'wlb-followup-r6.txt')).then((code) => {
  process.exitCode = code;
});
