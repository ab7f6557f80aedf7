/**
 * The alignment stage: titles to rows jointly over a ministry, independent of printed order, with
 * evidence out, reviewed alignments in, and the candidates for review.
 */
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { alignTitles, type Alignment } from '../../../src/ingest/align';
import { toBlocks, toLines } from '../../../src/ingest/blocks';
import { buildGuidelineTree, resolveClauseCell } from '../../../src/ingest/clauses';
import { ReviewConflictError, UnknownReviewKeyError } from '../../../src/ingest/errors';
import { loadMinistryDirectory, lookupMinistry } from '../../../src/ingest/ministryDirectory';
import { parseReport, type ParseOptions } from '../../../src/ingest/parseReport';
import { readReportFile } from '../../../src/ingest/readReport';
import type { ReportRecords } from '../../../src/ingest/records';
import { toTable, type TitleCell } from '../../../src/ingest/rows';
import { toMinistrySpans } from '../../../src/ingest/spans';
import { align, assignment, row, testKnowledge, title } from '../../helpers/alignmentFixture';

const B_MANAGEMENT = 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n３．マネジメント改革';
const B_MANAGERS_AND_GROWTH = `${B_MANAGEMENT}\n（１）職員のやりがい向上も踏まえた管\n理職のマネジメント向上\n（２）人材育成のための人事当局の役割`;
const B_GROWTH = `${B_MANAGEMENT}\n（２）人材育成のための人事当局の役割\n②自己成長の機会提供`;
const B_TELEWORK_HOURS = 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n１．業務効率化・デジタル化の推進\n（２）テレワークの推進\n２．勤務時間管理のシステム化と勤務時\n間管理の徹底';
const B_EFFICIENCY_AND_MANAGEMENT = 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n１．業務効率化・デジタル化の推進\n（１）業務の廃止を含めた業務見直し・\n効率化\n３．マネジメント改革';

/** What must not change when titles are printed in another order: everything but the print itself. */
const essence = (a: Alignment) => ({
  items: a.items.map((i) => ({ title: i.title, titleKey: i.titleKey, rows: i.rows.map((r) => r.index), rowKeys: i.rowKeys, confidence: i.confidence, method: i.method, evidence: i.evidence })),
  unmatched: a.unmatchedTitles.map((t) => t.text),
  candidates: { titles: a.candidates.titles.map((t) => t.key), rows: a.candidates.rows.map((r) => r.key), scores: a.candidates.scores },
});

describe('joint alignment', () => {
  test('titles printed out of row order go to the rows their words match', async () => {
    const table = {
      rows: [row(0, '【継続】テレワーク用の端末を全職員に配備し、実施率が向上した。'), row(1, '【継続】管理職向けのマネジメント研修を実施し、多面観察の結果を返した。')],
      titles: [title('マネジメント研修の充実', 2), title('テレワークの推進', 2)],
    };
    const a = await align(table);
    expect(assignment(a)).toEqual([['テレワークの推進', [0]], ['マネジメント研修の充実', [1]]]);
    expect(a.items[0].confidence).toBeGreaterThan(0.5);
    expect(a.items[0].method).toBe('MACHINE');
    expect(a.items[0].evidence.map((e) => e.kind)).toEqual(['terms', 'themes', 'flow']);
    expect(a.items[0].evidence[0]).toEqual({ kind: 'terms', detail: 'shared terms: テレワーク', weight: 1 });
  });

  test('a title printed once per row of a merged cell is one item over both rows', async () => {
    const a = await align({ rows: [row(0, '端末を配備。', B_TELEWORK_HOURS), row(1, '研修を実施。', B_TELEWORK_HOURS)], titles: [title('3.テレワーク', 2), title('3.テレワーク', 2)] });
    expect(assignment(a)).toEqual([['3.テレワーク', [0, 1]]]);
    expect(a.items[0].titleCells).toHaveLength(2);
  });

  test('titles with no row (a ministry without items) are returned as unmatched', async () => {
    const titles = [title('重点項目は設定していないため、記載なし', 0)];
    const a = await align({ rows: [], titles });
    expect(a.items).toEqual([]);
    expect(a.unmatchedTitles).toEqual(titles);
  });

  test('words mislead, meaning decides: a B cell quoting the managers clause does not pull the managers title', async () => {
    // Row 0 answers the managers clause and the growth clause, and quotes the managers clause's title
    // word for word; its measures are about staff growth. Row 1 only cites マネジメント改革, in other
    // words, and its measures train managers.
    const table = {
      rows: [
        row(0, '【継続】人事評価の面談で、職員一人ひとりの能力開発について上司が助言した。人事担当が若手と面談した。', B_MANAGERS_AND_GROWTH),
        row(1, '【継続】課長級を対象とした研修を年に三回実施し、部下からの多面観察を行った。', B_MANAGEMENT),
      ],
      titles: [title('職員がキャリアの展望を持てる施策', 2), title('管理職のマネジメント向上への取組', 2)],
    };
    const a = await align(table);
    expect(assignment(a)).toEqual([['職員がキャリアの展望を持てる施策', [0]], ['管理職のマネジメント向上への取組', [1]]]);
  });

  test('words mislead, meaning decides: the aims 働きやすさ and 働きがい go to the rows that serve them, not to the row that names them', async () => {
    const table = {
      rows: [
        row(0, '【継続】若手職員の勉強会と留学の機会を設け、自己成長を後押しした。', B_GROWTH),
        row(1, '【継続】テレワークを推進し、ペーパーレス化を進め、超過勤務を縮減し、年次休暇の取得を促した。', B_TELEWORK_HOURS),
        row(2, '【継続】課長が働きやすさと働きがいを高める工夫を言語化して共有し、パルスサーベイで職員の声を聞いた。', B_EFFICIENCY_AND_MANAGEMENT),
      ],
      titles: [title('職場の機運醸成', 3), title('働きやすさの向上', 3), title('働きがいの創出', 3)],
    };
    const a = await align(table);
    expect(assignment(a)).toEqual([['働きがいの創出', [0]], ['働きやすさの向上', [1]], ['職場の機運醸成', [2]]]);
  });
});

describe('order invariance', () => {
  const table = {
    rows: [
      row(0, '【継続】テレワーク用の端末を全職員に配備した。', B_TELEWORK_HOURS),
      row(1, '【継続】課長級の研修を実施し、多面観察を行った。', B_MANAGEMENT),
      row(2, '【継続】若手職員の勉強会を開いた。', B_GROWTH),
    ],
    titles: [title('テレワークの推進', 3), title('管理職研修の充実', 3), title('学びの機会', 3)],
  };
  const permutations = <T,>(xs: readonly T[]): T[][] => (xs.length <= 1 ? [[...xs]] : xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p])));

  test('every order of the title cells of a page gives the same alignment, evidence and candidates', async () => {
    const results = await Promise.all(permutations(table.titles).map((titles) => align({ ...table, titles })));
    for (const r of results) expect(essence(r)).toEqual(essence(results[0]));
  });

  test('a tie is broken by content, the same whatever the printed order, and flagged with confidence 0', async () => {
    const rows = [row(0, '【継続】端末を配備した。'), row(1, '【継続】会議を減らした。')];
    const titles: TitleCell[] = [title('甲の取組', 2), title('乙の取組', 2)];
    const first = await align({ rows, titles });
    const second = await align({ rows, titles: [...titles].reverse() });
    expect(essence(second)).toEqual(essence(first));
    expect(first.items.map((i) => i.confidence)).toEqual([0, 0]);
  });

  test('on the bundled report, reversing every ministry’s title cells changes no alignment', async () => {
    const knowledge = await testKnowledge();
    const directory = loadMinistryDirectory();
    const spans = toMinistrySpans(toBlocks(toLines(readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt')))));
    const ministries = spans.map((span) => ({ span, id: lookupMinistry(directory, span.name).info.id, table: toTable(span) }));
    const cellText = (cell: readonly { text: string }[]) => cell.map((l) => l.text.trim()).join('\n');
    const guideline = buildGuidelineTree(ministries.flatMap(({ id, table }) => table.rows.flatMap((r) => r.b.map((c) => ({ ministryId: id, text: cellText(c) })))));
    for (const { span, id, table } of ministries) {
      const rowRefs = table.rows.map((r) => {
        const resolved = r.b.map((c) => resolveClauseCell(guideline, { ministryId: id, text: cellText(c) }));
        return { clauseRefs: resolved.flatMap((x) => x.clauseRefs), planRefs: resolved.flatMap((x) => x.planRefs) };
      });
      const run = (titles: readonly TitleCell[]) => essence(alignTitles({ rows: table.rows, titles }, { knowledge, guideline, rowRefs, ministryId: id, ownName: span.name }));
      const printed = run(table.titles);
      expect(run([...table.titles].reverse())).toEqual(printed);
    }
  });

  test('full/half-width variants and spaces in a title change neither its key nor its rows', async () => {
    const a = await align(table);
    const b = await align({ ...table, titles: [title('テレワーク の 推進', 3), title('管理職研修の充実', 3), title('学びの機会', 3)] });
    expect(b.items.map((i) => [i.titleKey, i.rowKeys])).toEqual(a.items.map((i) => [i.titleKey, i.rowKeys]));
  });
});

describe('reviewed alignments', () => {
  const table = {
    rows: [row(0, '【継続】テレワーク用の端末を配備した。'), row(1, '【継続】管理職研修を実施した。'), row(2, '【継続】勉強会を開いた。')],
    titles: [title('テレワークの推進', 3), title('管理職研修の充実', 3), title('勉強会の開催', 3)],
  };

  test('a reviewed title takes exactly its rows; the others are aligned jointly around it', async () => {
    const machine = await align(table);
    const key = (text: string) => machine.candidates.titles.find((t) => t.text === text)!.key;
    const rowKey = (i: number) => machine.candidates.rows[i].key;
    const reviewed = await align(table, { reviews: [{ titleKey: key('勉強会の開催'), rowKeys: [rowKey(0)] }] });
    const item = reviewed.items.find((i) => i.title === '勉強会の開催')!;
    expect(item.rows.map((r) => r.index)).toEqual([0]);
    expect(item.method).toBe('REVIEWED');
    expect(item.confidence).toBe(1);
    expect(item.evidence[0]).toEqual({ kind: 'review', detail: `reviewed: takes row ${rowKey(0)}`, weight: 1 });
    expect(assignment(reviewed).filter(([t]) => t !== '勉強会の開催')).toEqual([['管理職研修の充実', [1]], ['テレワークの推進', [2]]]);
    expect(reviewed.items.filter((i) => i.method === 'MACHINE')).toHaveLength(2);
  });

  test('a review naming a title or row key the ministry does not have is refused, naming the ministry and the keys', async () => {
    const machine = await align(table);
    const titleKey = machine.candidates.titles[0].key;
    await expect(align(table, { reviews: [{ titleKey: 'feedfacecafe', rowKeys: [] }] })).rejects.toThrow(UnknownReviewKeyError);
    await expect(align(table, { reviews: [{ titleKey, rowKeys: ['0123456789ab', machine.candidates.rows[0].key] }] })).rejects.toThrow(
      'review of ministry-z: row key(s) 0123456789ab not found in the report',
    );
    await expect(align(table, { reviews: [{ titleKey, rowKeys: [machine.candidates.rows[0].key] }, { titleKey: machine.candidates.titles[1].key, rowKeys: [machine.candidates.rows[0].key] }] })).rejects.toThrow(ReviewConflictError);
  });
});

describe('parseReport with the bundled report', () => {
  let options: ParseOptions;
  let text: string;
  let records: ReportRecords;
  beforeAll(async () => {
    options = { directory: loadMinistryDirectory(), source: 'r6', knowledge: await testKnowledge() };
    text = readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
    records = parseReport(text, options);
  });

  test('every item carries method, evidence and content keys; every ministry with rows its candidates', () => {
    const items = records.ministries.flatMap((m) => m.priorityItems);
    for (const item of items) {
      expect(item.alignment.method).toBe('MACHINE');
      expect(item.alignment.titleKey).toMatch(/^[0-9a-f]{12}$/u);
      expect(item.alignment.rowKeys).toHaveLength(item.alignment.rows.length);
      expect(item.alignment.evidence.length).toBeGreaterThan(0);
    }
    expect(records.alignments).toHaveLength(26);
    for (const a of records.alignments) {
      expect(a.scores).toHaveLength(a.titles.length);
      for (const perTitle of a.scores) expect(perTitle).toHaveLength(a.rows.length);
    }
  });

  test('a review moves a title of the report; the review names of an unknown ministry are refused', () => {
    const meti = records.alignments.find((a) => a.ministryId === 'economy-trade-and-industry')!;
    const climate = meti.titles.find((t) => t.text.startsWith('環境整備'))!;
    const reviewed = parseReport(text, { ...options, reviews: [{ ministryId: 'economy-trade-and-industry', titleKey: climate.key, rowKeys: [meti.rows[0].key] }] });
    const item = reviewed.ministries.find((m) => m.ministryId === 'economy-trade-and-industry')!.priorityItems.find((p) => p.alignment.titleKey === climate.key)!;
    expect(item.alignment.method).toBe('REVIEWED');
    expect(item.alignment.rowKeys).toEqual([meti.rows[0].key]);
    expect(() => parseReport(text, { ...options, reviews: [{ ministryId: 'no-such-ministry', titleKey: climate.key, rowKeys: [] }] })).toThrow(
      /review of no-such-ministry: ministry id\(s\) no-such-ministry not found/u,
    );
  });
});
