/**
 * The stages on layout variants the metamorphic suite found breaking them: other character widths
 * and spacing, page numbers at the head of a page, banners moved on neighbouring ministries,
 * half-width katakana in clause cells, and a clause reading that rests on one ministry's quote.
 */
import { buildGuidelineTree, resolveClauseCell } from '../../../src/ingest/clauses';
import { classifyCell, toBlocks, toLines } from '../../../src/ingest/blocks';
import { tokenizeClauseRef } from '../../../src/ingest/clauses/tokenizeClauseRef';
import { toMinistrySpans } from '../../../src/ingest/spans';
import { columnWidth, displayWidth, foldWidth } from '../../../src/ingest/text';
import reportCells from '../../fixtures/clause-cells.json';

const HEADER = ['Ａ Ｂ', '', '取組時期・内容・成果、取組における改善点・課題、', 'それらを踏まえた次のアクション', '', 'ＷＬＢ取組指針若しくは', '各府省取組計画の該当箇所', ''];
const BANNER = ['国家公務員の女性活躍とワークライフバランス推進のための取組指針に', '基づく取組計画等のフォローアップ（令和６年度）（重点項目）', ''];
const A_LINE = 'テレワークの推進に向けて、各部局において実施環境を整備し、職員への周知を行';
const lines = (text: string[]) => toLines(text.join('\n'));

describe('widths and widths of characters', () => {
  test('columnWidth is the same whatever width digits, letters and kana were typed in, and ignores inner spaces', () => {
    const title = '3.「人材の育成と活用」と「マネジメント改革」';
    expect(columnWidth('３．「人材の育成と活用」と「マネジメント改革」')).toBe(columnWidth(title));
    expect(columnWidth('3 .「人材の育成と活用」と 「マネジメント改革」  ')).toBe(columnWidth(title));
    expect(columnWidth('ﾃﾚﾜｰｸの推進')).toBe(columnWidth('テレワークの推進'));
    // As printed, the full-width title is a cell wider than the title column allows.
    expect(displayWidth('３．「人材の育成と活用」と「マネジメント改革」')).toBeGreaterThan(22.5);
  });

  test('foldWidth folds only the width forms: ① ⑴ Ⅱ keep their shapes', () => {
    expect(foldWidth('（１）ﾃﾚﾜｰｸ①⑴Ⅱ　Ａ')).toBe('(1)テレワーク①⑴Ⅱ　A');
  });

  test('a title typed with full-width digits is still a title; a clause cell with half-width ones still a clause', () => {
    expect(classifyCell(lines(['３．「人材の育成と活用」と「マネジメント改革」']), true)).toBe('T');
    expect(classifyCell(lines(['Ⅱ.ﾜｰｸﾗｲﾌﾊﾞﾗﾝｽの推進のための', '働き方改革', '1.業務効率化・デジタル化の推進']), false)).toBe('B');
    // A converter's space between 第 and a half-width number.
    expect(classifyCell(lines(['第 2 ワークライフバランスの推進のた', 'めの働き方改革', '4 仕事と生活の両立支援', '⑴男性の育児への参画促進']), false)).toBe('B');
  });
});

describe('page furniture in other widths and spacing', () => {
  test('banners, table header, 重点項目 and page numbers are recognised in NFKC variants', () => {
    const blocks = toBlocks(
      lines([
        ' 【府省等名:ﾃﾞｼﾞﾀﾙ庁】', '', 'A B', '', '取組時期･内容･成果、取組における改善点･課題、', 'それらを踏まえた次のアクション', '', 'WLB 取組指針若しくは', '各府省取組計画の該当箇所', '',
        '【継続】', A_LINE, '', '国家公務員の女性活躍とワークライフバランス推進のための取組指針に', '基づく取組計画等のﾌｫﾛｰｱｯﾌﾟ(令和 7 年度)(重点項目) ', '', ' 重点項目 ', '', 'テレワークの推進', '', '１４',
      ]),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['ministry', 'tableHeader', 'cell', 'reportBanner', 'itemHeader', 'cell', 'pageNumber']);
    expect(blocks[0]).toMatchObject({ kind: 'ministry', name: 'デジタル庁' });
  });

  test('a page number heading a page does not start a second page; a line of white space starts none', () => {
    const ls = lines(['a', ' 12', '', 'b', ' \u3000', 'c', '14', '', 'd']);
    expect(ls.map((l) => l.pageStart)).toEqual([true, true, false, false, false, false, false, false, true]);
  });
});

describe('ministry spans with banners moved on neighbouring ministries', () => {
  test('one banner per table: the k-th banner names the k-th table, wherever each stands on its page', () => {
    // 内閣官房's banner ends its first page; 金融庁's table starts the next page, its banner after its rows.
    const text = [
      ' Ａ Ｂ', ...HEADER.slice(1), '【継続】', A_LINE, '', 'Ⅳ．推進体制等', '', ...BANNER, '重点項目', '', '体制づくり', '', '【府省等名：内閣官房】',
      ' Ａ Ｂ', ...HEADER.slice(1), '【継続】', A_LINE, '', 'Ⅳ．推進体制等', '', '【府省等名：金融庁】', '', ...BANNER, '重点項目', '', '人材育成',
    ];
    const spans = toMinistrySpans(toBlocks(lines(text)));
    expect(spans.map((s) => s.name)).toEqual(['内閣官房', '金融庁']);
    expect(spans.map((s) => s.cells.map((c) => c.cell).join(''))).toEqual(['ABT', 'ABT']);
  });
});

describe('clause cells', () => {
  const tree = buildGuidelineTree(reportCells);

  test('half-width katakana read as full width: the point ア is found, words are not cut into points', () => {
    const r = resolveClauseCell(tree, {
      ministryId: 'test-ministry',
      text: 'Ⅱ．ﾜｰｸﾗｲﾌﾊﾞﾗﾝｽの推進のため\nの働き方改革\n３．ﾏﾈｼﾞﾒﾝﾄ改革\n（１）職員のやりがい向上も踏まえた管\n理職のﾏﾈｼﾞﾒﾝﾄ向上\n②管理職のﾏﾈｼﾞﾒﾝﾄ能力の向上\nｱ管理職に対するﾏﾈｼﾞﾒﾝﾄ研修の充\n実',
    });
    expect(r.clauseRefs).toEqual(['Ⅱ.3.(1)②ア']);
  });

  test('第 2 with a space is part Ⅱ', () => {
    const r = resolveClauseCell(tree, { ministryId: 'test-ministry', text: '第 2 ワークライフバランスの推進のた\nめの働き方改革\n4 仕事と生活の両立支援\n⑴男性の育児への参画促進' });
    expect(r.clauseRefs).toEqual(['Ⅱ.4.(1)']);
    expect(tokenizeClauseRef('第 2 ワークライフバランスの推進のための働き方改革')[0]).toMatchObject({ level: 'PART', number: 2 });
  });

  test('a clause no other ministry numbers so is read, and the review is told its place rests on that quote', () => {
    const own = reportCells.filter((c) => c.ministryId === 'japan-fair-trade-commission').find((c) => c.text.includes('転勤に関する配慮'));
    expect(own).toBeDefined();
    const r = resolveClauseCell(tree, own!);
    expect(r.clauseRefs).toContain('Ⅱ.4.(2)③');
    expect(r.notes).toContainEqual(expect.stringMatching(/^Ⅱ\.4\.\(2\)③ "転勤に関する配慮等" is numbered so by no other ministry/u));
    // A clause several ministries number is not flagged.
    const shared = resolveClauseCell(tree, { ministryId: 'test-ministry', text: 'Ⅱ「ワークライフバランスの推進のため\nの働き方改革」\n１．業務効率化・デジタル化の推進\n（２）テレワークの推進' });
    expect(shared.notes).toEqual([]);
  });
});
