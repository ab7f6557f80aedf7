/**
 * The extraction pipeline, pure: report text → lines → blocks → ministry spans → rows and titles →
 * aligned items → measures and clause paths → records. No database and no file system beyond the
 * ministry directory it is given.
 */
import { createHash } from 'node:crypto';
import { alignTitles, type AlignedItem, type Alignment, type ReviewedAlignment } from './align';
import type { AlignmentKnowledge } from './alignment/knowledge';
import { toBlocks, toLines, type Block, type ReportLine } from './blocks';
import { buildGuidelineTree, resolveClauseCell, type GuidelineTree } from './clauses';
import { ReportFormatError, UnknownReviewKeyError } from './errors';
import { headOf, splitMeasures } from './measures';
import { directoryLineFor, lookupMinistry, type MinistryDirectory } from './ministryDirectory';
import type {
  AlignmentCandidatesRecord,
  GuidelineClauseRecord,
  ItemRecord,
  MeasureRecord,
  MinistryRecord,
  ReportInfo,
  ReportRecords,
  ReviewNote,
} from './records';
import { toTable, type SpanTable, type TableRow } from './rows';
import { toMinistrySpans, type MinistrySpan } from './spans';
import { compact, nfkc } from './text';
import { isDoubtful } from '../model/alignment';


export interface ParseOptions {
  readonly directory: MinistryDirectory;
  /** Name of the source file, kept as provenance. */
  readonly source: string;
  /** The analyser, taxonomy and clause meanings alignment weighs (`loadAlignmentKnowledge`, loaded once). */
  readonly knowledge: AlignmentKnowledge;
  /** Alignments a person decided: those titles take exactly those rows; the rest is aligned around them. */
  readonly reviews?: readonly ({ readonly ministryId: string } & ReviewedAlignment)[];
}

/** What a row's B cell resolved to, with the notes the resolution raised (reported with its item). */
interface RowResolution {
  readonly clauseRefs: string[];
  readonly planRefs: string[];
  readonly notes: ReviewNote[];
}

/**
 * Parses the report text into records. Throws `ReportFormatError` saying what was expected and where,
 * and `UnknownReviewKeyError` / `ReviewConflictError` when a review does not fit the report.
 */
export function parseReport(text: string, options: ParseOptions): ReportRecords {
  if (text.trim() === '') throw new ReportFormatError('the report is empty: expected the text of the follow-up report');
  const blocks = toBlocks(toLines(text));
  const report = reportInfo(blocks, text, options.source);
  const spans = toMinistrySpans(blocks);
  const tables = spans.map(toTable);
  const review: ReviewNote[] = [];

  const ministries = spans.map((span, i) => {
    const { info, known } = lookupMinistry(options.directory, span.name);
    if (!known) {
      review.push({
        ministryId: info.id,
        line: span.bannerLine,
        reason:
          `ministry "${info.nameJa}" is not in data/ministries.tsv: its id ${info.id} is derived from its name and its English name is missing; ` +
          `add the line "${directoryLineFor(options.directory, info.nameJa, info.id)}" (tab-separated, a slug id of your choice) to name it`,
      });
    }
    return { span, info, table: tables[i] };
  });

  // The guideline tree is built from every clause cell of the report before any cell is resolved.
  const tree = buildGuidelineTree(
    ministries.flatMap(({ info, table }) => table.rows.flatMap((row) => row.b.map((cell) => ({ ministryId: info.id, text: cellLines(cell) })))),
  );

  const reviews = options.reviews ?? [];
  const unknown = [...new Set(reviews.map((r) => r.ministryId))].filter((id) => !ministries.some((m) => m.info.id === id));
  if (unknown.length > 0) throw new UnknownReviewKeyError(unknown[0], unknown, 'ministry id(s)');

  const alignments: AlignmentCandidatesRecord[] = [];
  const records: MinistryRecord[] = ministries.map(({ span, info, table }, i) => {
    const resolved = new Map(table.rows.map((row) => [row, resolveRow(row, info.id, tree)]));
    const alignment = alignTitles(table, {
      knowledge: options.knowledge,
      guideline: tree,
      rowRefs: table.rows.map((row) => resolved.get(row)!),
      ministryId: info.id,
      ownName: span.name,
      reviews: reviews.filter((r) => r.ministryId === info.id),
    });
    for (const title of alignment.unmatchedTitles) {
      review.push({ ministryId: info.id, line: title.lines[0].no, reason: `title "${title.text}" has no row of its own (no measures under it)` });
    }
    if (table.rows.length > 0) alignments.push(candidatesRecord(info.id, alignment, resolved));
    const items = alignment.items.map((item, k) => toItemRecord(item, k + 1, info.id, resolved, review));
    return {
      ministry: info.nameJa,
      ministryId: info.id,
      nameEn: info.nameEn,
      order: i + 1,
      lineStart: span.firstLine,
      lineEnd: span.lastLine,
      priorityItems: items,
    };
  });
  reportOrphanRows(ministries, review);

  return { report, ministries: records, guideline: guidelineRecords(tree), review, alignments };
}

function candidatesRecord(ministryId: string, alignment: Alignment, resolved: ReadonlyMap<TableRow, RowResolution>): AlignmentCandidatesRecord {
  const { titles, rows, scores } = alignment.candidates;
  return {
    ministryId,
    titles: titles.map((t) => ({ key: t.key, text: t.text, line: t.cells[0].lines[0].no })),
    rows: rows.map(({ key, row }) => ({
      key,
      ...rowLines(row),
      head: headOf(row.a.flat().map((l) => l.text).join('\n')),
      clauseRefs: resolved.get(row)?.clauseRefs ?? [],
    })),
    scores,
  };
}

function toItemRecord(item: AlignedItem, order: number, ministryId: string, resolved: ReadonlyMap<TableRow, RowResolution>, review: ReviewNote[]): ItemRecord {
  const id = `${ministryId}/p${order}`;
  const clauseRefs: string[] = [];
  const planRefs: string[] = [];
  const measures: MeasureRecord[] = [];
  const titleLine = item.titleCells[0].lines[0].no;

  for (const row of item.rows) {
    const rowRefs = resolved.get(row)!;
    review.push(...rowRefs.notes);
    pushNew(clauseRefs, rowRefs.clauseRefs);
    pushNew(planRefs, rowRefs.planRefs);
    if (row.b.length === 0) {
      review.push({ ministryId, line: row.a[0][0].no, reason: `row of "${item.title}" has no clause cell (B): its measures have no clause` });
    }
    for (const m of splitMeasures(row.a)) {
      const n = measures.length + 1;
      measures.push({ id: `${id}/m${n}`, order: n, ...m, clauseRefs: rowRefs.clauseRefs, planRefs: rowRefs.planRefs });
    }
  }
  if (isDoubtful(item)) {
    review.push({
      ministryId,
      line: titleLine,
      reason: `title "${item.title}" matched to rows at lines ${item.rows.map((r) => rowLines(r).lineStart).join(', ')} with low confidence ${item.confidence}`,
    });
  }
  return {
    id,
    title: item.title,
    order,
    clauseRefs,
    planRefs,
    rawClauses: item.rows.flatMap((r) => r.b.map(cellText)),
    measures,
    alignment: {
      method: item.method,
      confidence: item.confidence,
      evidence: item.evidence,
      titleKey: item.titleKey,
      rowKeys: item.rowKeys,
      titleLines: item.titleCells.map((c) => c.lines[0].no),
      rows: item.rows.map(rowLines),
    },
  };
}

function resolveRow(row: TableRow, ministryId: string, tree: GuidelineTree): RowResolution {
  const clauseRefs: string[] = [];
  const planRefs: string[] = [];
  const notes: ReviewNote[] = [];
  for (const cell of row.b) {
    const resolved = resolveClauseCell(tree, { ministryId, text: cellLines(cell) });
    pushNew(clauseRefs, resolved.clauseRefs);
    pushNew(planRefs, resolved.planRefs);
    for (const note of resolved.notes) notes.push({ ministryId, line: cell[0].no, reason: note });
  }
  return { clauseRefs, planRefs, notes };
}

/** Rows that no title took would lose their measures: say so. */
function reportOrphanRows(ministries: readonly { span: MinistrySpan; info: { id: string }; table: SpanTable }[], review: ReviewNote[]): void {
  for (const { info, table } of ministries) {
    if (table.rows.length > 0 && table.titles.length === 0) {
      review.push({ ministryId: info.id, line: rowLines(table.rows[0]).lineStart, reason: 'rows without any priority-item title: their measures are not loaded' });
    }
  }
}

function rowLines(row: TableRow): { lineStart: number; lineEnd: number } {
  const all = [...row.a.flat(), ...row.b.flat()].map((l) => l.no);
  return { lineStart: Math.min(...all), lineEnd: Math.max(...all) };
}

/** A cell's lines as printed (the clause parser needs the breaks to tell a label line apart). */
function cellLines(cell: readonly ReportLine[]): string {
  return cell.map((l) => l.text.trim()).join('\n');
}

function cellText(cell: readonly ReportLine[]): string {
  return cell.map((l) => l.text.trim()).join('');
}

function pushNew(target: string[], values: readonly string[]): void {
  for (const v of values) if (!target.includes(v)) target.push(v);
}

function reportInfo(blocks: readonly Block[], text: string, source: string): ReportInfo {
  const banner = blocks.find((b): b is Extract<Block, { kind: 'reportBanner' }> => b.kind === 'reportBanner');
  if (!banner) {
    throw new ReportFormatError(
      'no report banner found: expected the two title lines "国家公務員の…取組指針に" / "基づく…フォローアップ（令和N年度）（重点項目）" on every page',
    );
  }
  // Read on the NFKC form without white space: （令和６年度）, (令和6年度) and （令和 6 年度） alike.
  const year = /\((令和|平成)([0-9]+|元)年度\)/u.exec(compact(banner.title));
  if (!year) throw new ReportFormatError(`the report banner names no fiscal year (令和N年度): "${banner.title}"`, banner.lines[0].no);
  const n = year[2] === '元' ? 1 : Number(year[2]);
  return {
    title: banner.title,
    fiscalYear: `${year[1]}${n}年度`,
    measuresFiscalYear: `${year[1]}${n - 1}年度`,
    source,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

function guidelineRecords(tree: GuidelineTree): GuidelineClauseRecord[] {
  return [...tree.clauses.values()].map((c) => ({
    path: c.path,
    kind: c.kind,
    level: c.level,
    title: c.title,
    variants: c.variants,
    parentPath: c.parentPath,
  }));
}
