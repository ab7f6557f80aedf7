/** buildGuidelineTree: the guideline as the report quotes it, without the ministries' own plans. */
import { buildGuidelineTree, normalizeClausePath, resolveClauseCell, titleKey, type GuidelineClause } from '../../../src/ingest/clauses';
import reportCells from '../../fixtures/clause-cells.json';

const tree = buildGuidelineTree(reportCells);
const reportTree = (): typeof tree => tree;

function clause(path: string): GuidelineClause | undefined {
  return reportTree().clauses.find((c) => c.path === path);
}

describe('the tree built from the report', () => {
  test.each([
    ['Ⅱ', 'ワークライフバランスの推進のための働き方改革'],
    ['Ⅱ.1', '業務効率化・デジタル化の推進'],
    ['Ⅱ.1.(2)', 'テレワークの推進'],
    ['Ⅱ.3', 'マネジメント改革'],
    ['Ⅱ.3.(1)', '職員のやりがい向上も踏まえた管理職のマネジメント向上'],
    ['Ⅱ.3.(1)②', '管理職のマネジメント能力の向上'],
    ['Ⅳ', '推進体制等'],
  ])('%s is titled %s (the spelling most quoted)', (path, title) => {
    expect(clause(path)?.title).toBe(title);
  });

  test('a plan-only label never becomes a clause', () => {
    const keys = reportTree().clauses.flatMap((c) => [c.title, ...c.variants].map(titleKey));
    for (const label of ['オフィス改革', '人材戦略の策定', '人員配置等', '基本的な考え方', '他府省等又は省内の複数部局に対する業務の効率化']) {
      expect(keys).not.toContain(label);
    }
    const paths = reportTree().clauses.map((c) => c.path);
    for (const path of ['Ⅰ', 'Ⅲ', 'Ⅱ.1.(4)', 'Ⅱ.1.(6)', 'Ⅱ.2.(3)', 'Ⅳ.(2)', 'Ⅱ.3.(2)③']) expect(paths).not.toContain(path);
  });

  test('a title quoted under another number goes where most ministries put it (内閣府\'s （１）国会関係業務の効率化)', () => {
    expect(clause('Ⅱ.1.(1)')?.title).toBe('業務の廃止を含めた業務見直し・効率化');
    expect(clause('Ⅱ.1.(3)')?.title).toBe('国会関係業務の効率化');
    expect(clause('Ⅱ.1.(3)')?.ministries).toContain('cabinet-office');
  });

  test('a clause quoted once by a ministry that follows the consensus is kept (公正取引委員会\'s 転勤に関する配慮等)', () => {
    expect(clause('Ⅱ.4.(2)③')).toMatchObject({
      title: '転勤に関する配慮等',
      kind: 'SUBITEM',
      level: 4,
      number: 3,
      parentPath: 'Ⅱ.4.(2)',
      quoteCount: 1,
      ministries: ['japan-fair-trade-commission'],
    });
  });

  test('ministries citing their own plan numbering are told apart', () => {
    const own = reportTree().ownPlanMinistries;
    expect(own).toEqual(expect.arrayContaining(['cabinet-office', 'casino-regulatory-commission', 'national-personnel-authority', 'reconstruction-agency']));
    expect(own).not.toContain('japan-fair-trade-commission');
    expect(own).not.toContain('justice');
  });

  test('every other spelling a ministry used is kept as a variant', () => {
    expect(clause('Ⅱ')?.variants).toContain('ワークライフバランス推進のための働き方改');
    expect(clause('Ⅱ.3.(1)②')?.variants).toEqual(expect.arrayContaining(['管理職員のマネジメント能力の向上']));
    expect(clause('Ⅱ.3.(2)')?.variants).toContain('人材育成のための人事課の役割');
    expect(clause('Ⅱ.1.(2)')?.variants).toContain('テレワ－クの推進');
    expect(clause('Ⅱ.3.(1)②')?.variants).not.toContain('管理職のマネジメント能力の向上');
  });

  test('is a well-formed tree: parents first, canonical paths, consistent levels', () => {
    const seen = new Set<string>();
    for (const c of reportTree().clauses) {
      expect(normalizeClausePath(c.path)).toBe(c.path);
      if (c.parentPath !== null) expect(seen.has(c.parentPath)).toBe(true);
      expect(c.level).toBe(['PART', 'SECTION', 'ITEM', 'SUBITEM', 'POINT'].indexOf(c.kind) + 1);
      expect(c.quoteCount).toBeGreaterThan(0);
      expect(c.ministries.length).toBeGreaterThan(0);
      seen.add(c.path);
    }
  });

  test('is deterministic', () => {
    expect(buildGuidelineTree(reportCells)).toEqual(reportTree());
  });
});

describe('consensus on a small report', () => {
  const part = 'Ⅱ「働き方改革」\n';
  const cells = [
    { ministryId: 'a', text: `${part}１．業務効率化の推進\n（１）業務見直しの徹底` },
    { ministryId: 'b', text: `${part}１．業務効率化の推進\n（１）業務見直しの徹底` },
    { ministryId: 'a', text: `${part}１．業務効率化の推進\n（２）テレワークの活用` },
    // c cites its own plan: a wrong title at a consensus number, a consensus title at a wrong number…
    { ministryId: 'c', text: `${part}１．業務効率化の推進\n（１）会議の効率化` },
    { ministryId: 'c', text: `${part}２．業務効率化の推進\n（１）業務見直しの徹底` },
    // …so its single quote of a new item is a plan reference, not a clause.
    { ministryId: 'c', text: `${part}１．業務効率化の推進\n（３）オフィスの改革` },
  ];
  const tree = buildGuidelineTree(cells);

  test('keeps the consensus and a trusted single quote, drops the own-plan label', () => {
    expect(tree.clauses.map((c) => `${c.path} ${c.title}`)).toEqual([
      'Ⅱ 働き方改革',
      'Ⅱ.1 業務効率化の推進',
      'Ⅱ.1.(1) 業務見直しの徹底',
      'Ⅱ.1.(2) テレワークの活用',
    ]);
    expect(tree.ownPlanMinistries).toEqual(['c']);
  });

  test('the own-plan cells resolve by title or become plan references', () => {
    expect(resolveClauseCell(tree, cells[4]!).clauseRefs).toEqual(['Ⅱ.1.(1)']);
    expect(resolveClauseCell(tree, cells[3]!).planRefs).toEqual(['Ⅱ「働き方改革」１．業務効率化の推進（１）会議の効率化']);
    expect(resolveClauseCell(tree, cells[5]!).planRefs).toEqual(['Ⅱ「働き方改革」１．業務効率化の推進（３）オフィスの改革']);
  });
});
