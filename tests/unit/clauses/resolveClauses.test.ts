/** resolveClauseCell against the tree built from the report: one case per way of writing a reference. */
import { buildGuidelineTree, resolveClauseCell } from '../../../src/ingest/clauses';
import reportCells from '../../fixtures/clause-cells.json';

const tree = buildGuidelineTree(reportCells);
const reportTree = (): typeof tree => tree;

function resolve(text: string, ministryId = 'test-ministry'): ReturnType<typeof resolveClauseCell> {
  return resolveClauseCell(reportTree(), { ministryId, text });
}

const PART2 = 'Ⅱ「ワークライフバランスの推進のため\nの働き方改革」\n';

describe('resolveClauseCell', () => {
  test.each([
    ['a full chain down to a point', 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n３．マネジメント改革\n（１）職員のやりがい向上も踏まえた管\n理職のマネジメント向上\n②管理職のマネジメント能力の向上\nア管理職に対するマネジメント研修の充\n実', ['Ⅱ.3.(1)②ア']],
    ['第２ and ⑴', '第２　ワークライフバランスの推進のた\nめの働き方改革\n４　仕事と生活の両立支援\n⑴男性の育児への参画促進', ['Ⅱ.4.(1)']],
    ['（２）．', `${PART2}１．業務効率化・デジタル化の推進\n（２）．テレワークの推進`, ['Ⅱ.1.(2)']],
    ['half-width digits', '3.マネジメント改革\n（1）職員のやりがい向上も踏まえた管\n理職等のマネジメント向上', ['Ⅱ.3.(1)']],
    ['a section only', `${PART2}３．マネジメント改革`, ['Ⅱ.3']],
    ['Ⅳ has no sections', 'Ⅳ「推進体制等」\n（１）各府省等における取組の推進\n②大臣、事務次官等のリーダーシップの\n発揮と推進体制', ['Ⅳ.(1)②']],
    ['a missing part: the section title says Ⅱ', '３．マネジメント改革\n（１）職員のやりがい向上も踏まえた管\n理職のマネジメント向上\n①管理職が実施すべきマネジメント行動\n②管理職のマネジメント能力の向上', ['Ⅱ.3.(1)①', 'Ⅱ.3.(1)②']],
    ['several sub-items, items and sections', `${PART2}１．業務効率化・デジタル化の推進\n（１）業務の廃止を含めた業務見直し・\n効率化\n③ 定型業務の効率化\n（２）テレワークの推進\n２．勤務時間管理のシステム化と勤務時\n間管理の徹底`, ['Ⅱ.1.(1)③', 'Ⅱ.1.(2)', 'Ⅱ.2']],
    ['及び joining two references', `${PART2}１．業務効率化・デジタル化の推進\n（２）テレワークの推進\n及び\n４．仕事と生活の両立支援\n（２）仕事と生活を両立しながら活躍で\nきる環境づくり\n①働く時間の柔軟化`, ['Ⅱ.1.(2)', 'Ⅱ.4.(2)①']],
    ['及び joining two titles under one number', `${PART2}１．業務効率化・デジタル化の推進\n（１）業務の廃止を含めた業務見直し・\n効率化\n① 廃止を含めた業務の棚卸し及び業務\n見直し`, ['Ⅱ.1.(1)①', 'Ⅱ.1.(1)②']],
    ['a label line before the reference', `・業務見直し\n${PART2}１．業務効率化・デジタル化の推進\n（１）業務の廃止を含めた業務見直し・\n効率化\n②業務見直し`, ['Ⅱ.1.(1)②']],
    ['two labelled paragraphs', `・エンゲージメント調査等の実施\nⅣ「推進体制等」\n（１）各府省等における取組の推進\n③職員の声の把握、エンゲージメント調\n査等の実施\n\n・勤務時間管理システム\n${PART2}２．勤務時間管理のシステム化と勤務時\n間管理の徹底\n（１）勤務時間管理のシステム化`, ['Ⅳ.(1)③', 'Ⅱ.2.(1)']],
    ['a title spelt with 管理職員', `${PART2}３．マネジメント改革\n（１）職員のやりがい向上も踏まえた管\n理職員のマネジメント向上\n① 管理職員が実施すべきマネジメント\n行動`, ['Ⅱ.3.(1)①']],
    ['a part title clipped by the layout', 'Ⅱ　ワークライフバランス推進のための\n働き方改\n２．勤務時間管理のシステム化と勤務時\n間管理の徹底\n　（１）勤務時間管理のシステム化', ['Ⅱ.2.(1)']],
  ])('%s', (_name, text, refs) => {
    const r = resolve(text);
    expect(r.clauseRefs).toEqual(refs);
    expect(r.planRefs).toEqual([]);
  });

  test('a missing level is found by title under the section, with a note', () => {
    const r = resolve('第２　ワークライフバランスの推進のた\nめの働き方改革\n１業務効率化・デジタル化の推進\n② 「業務見直し・ DX 推進チーム」に\nよる 業務見直し');
    expect(r.clauseRefs).toEqual(['Ⅱ.1.(1)②']);
    expect(r.notes.join('\n')).toMatch(/level is skipped/u);
  });

  test('where number and title disagree the title decides, with a note', () => {
    const r = resolve('Ⅳワークライフバランスの推進のための\n働き方改革３マネジメント改革（１）職\n員のやりがい向上も踏まえた管理職のマ\nネジメント向上②管理職員のマネジメン\nト能力の向上');
    expect(r.clauseRefs).toEqual(['Ⅱ.3.(1)②']);
    expect(r.notes).toContain('"Ⅳワークライフバランスの推進のための働き方改革": number says Ⅳ but title is Ⅱ\'s');
  });

  test('a title matched one level off is noted', () => {
    const r = resolve(`${PART2}１．業務効率化・デジタル化の推進\n（６）業務の棚卸し`);
    expect(r.clauseRefs).toEqual(['Ⅱ.1.(1)①']);
    expect(r.notes.some((n) => n.includes('1 level deeper'))).toBe(true);
  });

  test('a label matching no clause by number and title is a plan reference', () => {
    const r = resolve(`${PART2}１．業務効率化・デジタル化の推進\n（４）オフィス改革`);
    expect(r).toMatchObject({
      clauseRefs: [],
      planRefs: ['Ⅱ「ワークライフバランスの推進のための働き方改革」１．業務効率化・デジタル化の推進（４）オフィス改革'],
    });
    expect(r.notes.join('\n')).toMatch(/plan reference/u);
  });

  test('a cell with no reference marker is a plan reference', () => {
    expect(resolve('（別添）具体的な取組事項')).toEqual({ clauseRefs: [], planRefs: ['（別添）具体的な取組事項'], notes: [] });
  });

  test('references are de-duplicated and only the deepest level named is kept', () => {
    const r = resolve(`${PART2}３．マネジメント改革\n\n${PART2}３．マネジメント改革\n（２）人材育成のための人事当局の役割\n\n${PART2}３．マネジメント改革\n（２）人材育成のための人事当局の役割`);
    expect(r.clauseRefs).toEqual(['Ⅱ.3.(2)']);
  });

  test('a ministry citing its own plan gets a note saying so', () => {
    const r = resolve(`${PART2}１．業務効率化・デジタル化の推進\n（１）国会関係業務の効率化`, 'cabinet-office');
    expect(r.clauseRefs).toEqual(['Ⅱ.1.(3)']);
    expect(r.notes[0]).toMatch(/cabinet-office cites its own plan/u);
  });

  test('every B cell of the report resolves the same with or without its line breaks', () => {
    // 法務省's labelled paragraphs are left out: without line breaks a label cannot be told from
    // the end of the title before it.
    for (const cell of reportCells.filter((c) => !/\n・/u.test(c.text))) {
      const printed = resolveClauseCell(reportTree(), cell);
      const joined = resolveClauseCell(reportTree(), { ...cell, text: cell.text.replace(/\n/gu, '') });
      expect({ line: joined.clauseRefs, plan: joined.planRefs }).toEqual({ line: printed.clauseRefs, plan: printed.planRefs });
    }
  });

  test('every B cell of the report names something', () => {
    for (const cell of reportCells) {
      const r = resolveClauseCell(reportTree(), cell);
      expect(r.clauseRefs.length + r.planRefs.length).toBeGreaterThan(0);
    }
  });
});
