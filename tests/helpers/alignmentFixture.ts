/**
 * Small synthetic tables for the alignment stage: rows and title cells built in code, a guideline tree
 * built from a few clause cells quoting the guideline's structure, and the real knowledge (kuromoji,
 * data/themes.json, data/clause-meanings.json).
 */
import { alignTitles, type Alignment, type ReviewedAlignment } from '../../src/ingest/align';
import { loadAlignmentKnowledge, type LoadedKnowledge } from '../../src/ingest/alignment/knowledge';
import type { RowRefs } from '../../src/ingest/alignment/views';
import type { ReportLine } from '../../src/ingest/blocks';
import { buildGuidelineTree, resolveClauseCell, type GuidelineTree } from '../../src/ingest/clauses';
import type { SpanTable, TableRow, TitleCell } from '../../src/ingest/rows';
import { displayWidth } from '../../src/ingest/text';

/** Clause cells as two ministries might quote the guideline: enough for a tree with parts Ⅱ and Ⅳ. */
const GUIDELINE_CELLS = [
  'Ⅱ．ワークライフバランスの推進のための働き方改革\n１．業務効率化・デジタル化の推進\n（１）業務の廃止を含めた業務見直し・効率化\n③定型業務の効率化\n（２）テレワークの推進',
  'Ⅱ．ワークライフバランスの推進のための働き方改革\n２．勤務時間管理のシステム化と勤務時間管理の徹底',
  'Ⅱ．ワークライフバランスの推進のための働き方改革\n３．マネジメント改革\n（１）職員のやりがい向上も踏まえた管理職のマネジメント向上\n②管理職のマネジメント能力の向上',
  'Ⅱ．ワークライフバランスの推進のための働き方改革\n３．マネジメント改革\n（２）人材育成のための人事当局の役割\n①人事異動を通じた人材育成・キャリア形成\n②自己成長の機会提供',
  'Ⅳ．推進体制等\n（１）各府省等における取組の推進\n②大臣、事務次官等のリーダーシップの発揮と推進体制',
];

export const guideline: GuidelineTree = buildGuidelineTree(
  ['ministry-x', 'ministry-y'].flatMap((ministryId) => GUIDELINE_CELLS.map((text) => ({ ministryId, text }))),
);

let knowledge: Promise<LoadedKnowledge> | undefined;
/** The real knowledge, loaded once per test file; the analyser remembers the texts it has read. */
export function testKnowledge(): Promise<LoadedKnowledge> {
  knowledge ??= loadAlignmentKnowledge().then((k) => {
    const seen = new Map<string, ReturnType<typeof k.analyser.terms>>();
    const terms = (text: string) => seen.get(text) ?? seen.set(text, k.analyser.terms(text)).get(text)!;
    return { ...k, analyser: { ...k.analyser, terms } };
  });
  return knowledge;
}

let lineNo = 0;
const lines = (text: string): ReportLine[] =>
  text.split('\n').map((t) => ({ no: ++lineNo, text: t, width: displayWidth(t), pageStart: false }));

/** A row: its measure text (A) and its clause cell (B) as printed, line breaks kept. */
export function row(index: number, a: string, b = ''): TableRow {
  return { index, page: 1, a: [lines(a)], b: b === '' ? [] : [lines(b)] };
}

/** A title cell printed after `rowsBefore` rows had been read. */
export function title(text: string, rowsBefore: number): TitleCell {
  return { text, lines: lines(text), page: 1, rowsBefore };
}

/** What each row's B cell resolves to in the synthetic guideline. */
export function refsOf(rows: readonly TableRow[], tree: GuidelineTree = guideline): RowRefs[] {
  return rows.map((r) => {
    const clauseRefs: string[] = [];
    const planRefs: string[] = [];
    for (const cell of r.b) {
      const resolved = resolveClauseCell(tree, { ministryId: 'ministry-z', text: cell.map((l) => l.text).join('\n') });
      clauseRefs.push(...resolved.clauseRefs);
      planRefs.push(...resolved.planRefs);
    }
    return { clauseRefs, planRefs };
  });
}

/** Aligns a synthetic table. */
export async function align(table: SpanTable, options: { reviews?: readonly ReviewedAlignment[]; ownName?: string } = {}): Promise<Alignment> {
  return alignTitles(table, { knowledge: await testKnowledge(), guideline, rowRefs: refsOf(table.rows), ministryId: 'ministry-z', ...options });
}

/** Title → the indexes of its rows, in item order. */
export function assignment(alignment: Alignment): [string, number[]][] {
  return alignment.items.map((i) => [i.title, i.rows.map((r) => r.index)]);
}
