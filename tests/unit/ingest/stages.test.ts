/** Each extraction stage on small hand-made inputs shaped like the report. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { classifyCell, toBlocks, toLines } from '../../../src/ingest/blocks';
import { ReportFormatError } from '../../../src/ingest/errors';
import { headOf, splitMeasures } from '../../../src/ingest/measures';
import { readReportFile } from '../../../src/ingest/readReport';
import { toTable } from '../../../src/ingest/rows';
import { toMinistrySpans } from '../../../src/ingest/spans';

const A_LINE = 'テレワークの推進に向けて、各部局において実施環境を整備し、職員への周知を行';
const HEADER = ['Ａ Ｂ', '', '取組時期・内容・成果、取組における改善点・課題、', 'それらを踏まえた次のアクション', '', 'ＷＬＢ取組指針若しくは', '各府省取組計画の該当箇所', ''];
const BANNER = ['国家公務員の女性活躍とワークライフバランス推進のための取組指針に', '基づく取組計画等のフォローアップ（令和６年度）（重点項目）', ''];
const lines = (text: string[]) => toLines(text.join('\n'));

describe('blocks', () => {
  test('a single leading space or a page number starts a page', () => {
    const ls = lines(['a', ' b', 'c', '14', '', 'd']);
    expect(ls.map((l) => l.pageStart)).toEqual([true, true, false, false, false, true]);
  });

  test('column width and markers tell A, B and T apart', () => {
    const cell = (...text: string[]) => classifyCell(lines(text), false);
    expect(cell('【継続】', A_LINE)).toBe('A');
    expect(cell(A_LINE, 'った。')).toBe('A');
    expect(cell('Ⅱ「ワークライフバランスの推進のため', 'の働き方改革」', '３．マネジメント改革')).toBe('B');
    expect(cell('第２　ワークライフバランスの推進のた', 'めの働き方改革')).toBe('B');
    expect(cell('・業務見直し', 'Ⅱ「ワークライフバランスの推進のため')).toBe('B');
    expect(cell('（別添）具体的な取組事項')).toBe('B');
    expect(cell('テレワーク環境の整備')).toBe('T');
    expect(cell('各部局・各地方事務所・支所の固有の事情を踏ま', 'えた業務の見直し')).toBe('T');
    // Under a 重点項目 header a lone numbered line is a title.
    expect(classifyCell(lines(['（１）人材育成']), true)).toBe('T');
    expect(classifyCell(lines(['（１）人材育成']), false)).toBe('B');
  });
});

describe('ministry spans', () => {
  test('a banner printed after the first page still names that page', () => {
    const text = [
      ' 【府省等名：内閣官房】', '', ...HEADER, '【継続】', A_LINE, '', 'Ⅳ．推進体制等', '', ...BANNER, '重点項目', '', '体制づくり',
      ' Ａ Ｂ', ...HEADER.slice(1), '【継続】', A_LINE, '', 'Ⅳ．推進体制等', '', '【府省等名：金融庁】', '', ...BANNER, '重点項目', '', '人材育成',
    ];
    const spans = toMinistrySpans(toBlocks(lines(text)));
    expect(spans.map((s) => s.name)).toEqual(['内閣官房', '金融庁']);
    expect(spans[1].cells.map((c) => c.cell)).toEqual(['A', 'B', 'T']);
  });

  test('a text with no ministry table is refused with what was expected', () => {
    expect(() => toMinistrySpans(toBlocks(lines(['議事録', '本日は晴天なり'])))).toThrow(/no ministry table found: expected a banner 【府省等名：…】/);
  });
});

describe('rows and titles', () => {
  const spanOf = (body: string[]) => toMinistrySpans(toBlocks(lines([' 【府省等名：警察庁】', '', ...HEADER, ...body])))[0];

  test('A blocks then B blocks make a row; a page that opens with B takes the A after it', () => {
    const table = toTable(
      spanOf(['【継続】', A_LINE, '', '【新規】', A_LINE, '', 'Ⅱ．ワークライフバランスの推進のため', '', ...BANNER, '重点項目', '', '題一', ' Ⅱ．ワークライフバランスの推進のため', '', '題二', '', '【継続】', A_LINE]),
    );
    expect(table.rows.map((r) => [r.a.length, r.b.length])).toEqual([[2, 1], [1, 1]]);
    expect(table.titles.map((t) => t.text)).toEqual(['題一', '題二']);
  });

  test('a page\'s titles close its rows: A text on the next page starts a new row even when the last row had no B cell', () => {
    const table = toTable(
      spanOf(['【継続】', A_LINE, '', 'Ⅱ．ワークライフバランスの推進のため', '', '【継続】', A_LINE, '', '題二', '', ...BANNER, '重点項目', '', '題一', ' 【新規】', A_LINE, '', 'Ⅱ．ワークライフバランスの推進のため', '', ...BANNER, '重点項目', '', '題三']),
    );
    expect(table.rows.map((r) => [r.a.length, r.b.length])).toEqual([[1, 1], [1, 0], [1, 1]]);
    // Without a title area between them, A text cut by a page break still continues its row.
    const cut = toTable(spanOf(['【継続】', A_LINE, '', ' ' + A_LINE, '', 'Ⅱ．ワークライフバランスの推進のため', '', ...BANNER, '重点項目', '', '題一']));
    expect(cut.rows.map((r) => [r.a.length, r.b.length])).toEqual([[2, 1]]);
  });

  test('a B cell and a title printed on one line are cut apart', () => {
    const table = toTable(spanOf(['【新規】', A_LINE, '', '（別添）具体的な取組事項', '', ' 【継続】', A_LINE, '', '（別添）具体的な取組事項やりがいの強化']));
    expect(table.rows).toHaveLength(2);
    expect(table.titles.map((t) => t.text)).toEqual(['やりがいの強化']);
  });
});

describe('measures', () => {
  const block = (...text: string[]) => toLines(text.join('\n')).filter((l) => l.text.trim() !== '');
  const split = (...blocks: string[][]) => splitMeasures(blocks.map((b) => block(...b)));

  test('status tags split measures and give their status', () => {
    const ms = split(['【継続】', '令和５年度に２回（４月、１月）実施。', '【新規】令和６年度より実施予定。', '・詳細は別紙のとおり。']);
    expect(ms.map((m) => [m.status, m.head])).toEqual([['継続', '令和5年度に2回(4月、1月)'], ['新規', '令和6年度より実施予定。・詳細']]);
    expect(ms[1].text).toBe('令和６年度より実施予定。\n・詳細は別紙のとおり。');
  });

  test('without tags, ○ lines split and bullets stay inside', () => {
    const ms = split(['○テレワーク推進', '・端末を配備。'], ['○フリーアドレス', '導入した。']);
    expect(ms.map((m) => m.status)).toEqual([null, null]);
    expect(ms.map((m) => m.text)).toEqual(['テレワーク推進\n・端末を配備。', 'フリーアドレス\n導入した。']);
  });

  test('failing that, ・ lines split, and a lead-in stays with the first', () => {
    const ms = split(['令和５年度においては、以下の取組を実施。', '・研修を実施。', '・調査を実施。']);
    expect(ms).toHaveLength(2);
    expect(ms[0].text).toBe('令和５年度においては、以下の取組を実施。\n・研修を実施。');
    expect(ms[0].lineStart).toBe(1);
  });

  test('a cell with no marker is one measure, wraps joined, paragraphs kept', () => {
    const ms = split([A_LINE, 'った。'], ['今後も継続する。']);
    expect(ms).toHaveLength(1);
    expect(ms[0].text).toBe(`${A_LINE}った。\n今後も継続する。`);
    expect(ms[0].status).toBeNull();
  });

  test('head: 15 characters after the tag and markers, NFKC, no white space', () => {
    expect(headOf('・ ８号館８階817会議室を予約不要で使用')).toBe('8号館8階817会議室を予約不');
  });
});

describe('reading the report file', () => {
  const tmp = (content: Buffer | string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-')), 'report.txt');
    fs.writeFileSync(file, content);
    return file;
  };
  test.each([
    ['an empty file', '', /is empty: expected the plain text of the follow-up report/],
    ['a binary', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]), /is binary \(a NUL byte at offset 4\)/],
    ['bytes that are not UTF-8', Buffer.from([0x82, 0xa0, 0x82, 0xa2]), /is not UTF-8 text \(invalid byte sequence near offset 0\)/],
  ])('refuses %s', (_what, content, message) => {
    expect(() => readReportFile(tmp(content))).toThrow(ReportFormatError);
    expect(() => readReportFile(tmp(content))).toThrow(message);
  });
  test('refuses a missing file', () => {
    expect(() => readReportFile('/nonexistent/report.txt')).toThrow(/no such file/);
  });
});
