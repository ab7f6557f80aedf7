/** How B cells are cut into reference chains: one small case per spelling found in the report. */
import { chainsOf, parseClauseRef, type ReferenceBlock } from '../../../src/ingest/clauses';

/** Each chain of the cell's first block as "LEVEL number title" strings. */
function chains(text: string, block = 0): string[][] {
  const b = parseClauseRef(text).blocks[block];
  if (b?.kind !== 'chains') throw new Error(`block ${block} is not a reference: ${JSON.stringify(b)}`);
  return chainsOf(b.roots).map((chain) => chain.map((s) => `${s.level} ${s.number ?? '-'} ${s.title}`));
}

function leaf(text: string): string {
  const all = chains(text);
  const last = all[all.length - 1];
  return last?.[last.length - 1] ?? '';
}

const WLB = 'ワークライフバランスの推進のための働き方改革';

describe('parts', () => {
  test.each([
    ['Ⅱ「…」', 'Ⅱ「ワークライフバランスの推進のため\nの働き方改革」\n１．業務効率化・デジタル化の推進'],
    ['Ⅱ．…', 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n１．業務効率化・デジタル化の推進'],
    ['Ⅱ．「…」', 'Ⅱ．「ワークライフバランスの推進のた\nめの働き方改革」\n１．業務効率化・デジタル化の推進'],
    ['Ⅱ… with no separator', 'Ⅱワークライフバランスの推進のための\n働き方改革\n１．業務効率化・デジタル化の推進'],
    ['Ⅱ　…', 'Ⅱ　ワークライフバランスの推進のための\n働き方改革\n１．業務効率化・デジタル化の推進'],
    ['第２　…', '第２　ワークライフバランスの推進のた\nめの働き方改革\n１業務効率化・デジタル化の推進'],
    ['II (NFKC)', 'II．ワークライフバランスの推進のための働き方改革\n１．業務効率化・デジタル化の推進'],
  ])('%s', (_name, text) => {
    expect(chains(text)).toEqual([[`PART 2 ${WLB}`, 'SECTION 1 業務効率化・デジタル化の推進']]);
  });

  test('a title with no number before the first marker is an un-numbered part', () => {
    expect(chains('「ワークライフバランスの推進のための\n働き方改革」\n３．マネジメント改革')).toEqual([
      [`PART - ${WLB}`, 'SECTION 3 マネジメント改革'],
    ]);
  });
});

describe('sections', () => {
  test.each([
    ['３．', '３．マネジメント改革'],
    ['３　', '３　マネジメント改革'],
    ['3.', '3.マネジメント改革'],
    ['3. with a space', '3. マネジメント改革'],
    ['３ glued to the title', '３マネジメント改革'],
  ])('%s', (_name, text) => {
    expect(chains(text)).toEqual([['SECTION 3 マネジメント改革']]);
  });

  test('a bare number inside a running line (カジノ管理委員会)', () => {
    expect(chains('Ⅳワークライフバランスの推進のための\n働き方改革３マネジメント改革（１）職\n員のやりがい向上')).toEqual([
      [`PART 4 ${WLB}`, 'SECTION 3 マネジメント改革', 'ITEM 1 職員のやりがい向上'],
    ]);
  });

  test('numbers that count things are not sections', () => {
    expect(leaf('（１）1on1ミーティングと20％ルール、令和5年度の取組')).toBe('ITEM 1 1on1ミーティングと20％ルール、令和5年度の取組');
  });
});

describe('items', () => {
  test.each([
    ['（１）', '（１）テレワークの推進'],
    ['(1)', '(1)テレワークの推進'],
    ['（1） half-width digit', '（1）テレワークの推進'],
    ['⑴', '⑴テレワークの推進'],
    ['（１）．', '（１）．テレワークの推進'],
  ])('%s', (_name, text) => {
    expect(chains(text)).toEqual([['ITEM 1 テレワークの推進']]);
  });

  test('brackets that hold no number stay in the title', () => {
    expect(leaf('（1）自由がある働き方（テレワークの\n推進など）')).toBe('ITEM 1 自由がある働き方（テレワークの推進など）');
  });
});

describe('sub-items and points', () => {
  test.each([
    ['① with a space', '（２）テレワークの推進\n② 行政文書の電磁記録化などテレワー\nク実施環境の整備'],
    ['① without', '（２）テレワークの推進\n②行政文書の電磁記録化などテレワーク\n実施環境の整備'],
  ])('%s', (_name, text) => {
    expect(leaf(text)).toBe('SUBITEM 2 行政文書の電磁記録化などテレワーク実施環境の整備');
  });

  test('ア after a sub-item is a point', () => {
    expect(leaf('②管理職のマネジメント能力の向上\nア管理職に対するマネジメント研修の充\n実')).toBe('POINT 1 管理職に対するマネジメント研修の充実');
    expect(leaf('②管理職のマネジメント能力の向上\nア「管理職に対するマネジメント研修の\n充実」')).toBe(
      'POINT 1 管理職に対するマネジメント研修の充実',
    );
  });

  test('a wrapped katakana word is not a point', () => {
    expect(chains('①人事異動を通じた人材育成・キャリ\nア形成')).toEqual([['SUBITEM 1 人事異動を通じた人材育成・キャリア形成']]);
  });
});

describe('wraps', () => {
  test('in the middle of a title', () => {
    expect(leaf('（１）職員のやりがい向上も踏まえた管\n理職のマネジメント向上')).toBe('ITEM 1 職員のやりがい向上も踏まえた管理職のマネジメント向上');
  });

  test('in the middle of a number', () => {
    expect(chains('３\n．マネジメント改革\n（\n２）人材育成のための人事当局の役割')).toEqual([
      ['SECTION 3 マネジメント改革', 'ITEM 2 人材育成のための人事当局の役割'],
    ]);
  });

  test('a cell read with its line breaks removed parses the same', () => {
    const printed = 'Ⅱ「ワークライフバランスの推進のため\nの働き方改革」\n３．マネジメント改革\n（２）人材育成のための人事当局の役割\n①人事異動を通じた人材育成・キャリア\n形成';
    expect(chains(printed.replace(/\n/gu, ''))).toEqual(chains(printed));
  });
});

describe('several references in one cell', () => {
  test('sub-items and items listed under one section (ancestors are not references)', () => {
    const text = 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n１．業務効率化・デジタル化の推進\n（１）業務の廃止を含めた業務見直し・\n効率化\n②業務見直し\n③定型業務の効率化\n（２）テレワークの推進\n２．勤務時間管理のシステム化と勤務時\n間管理の徹底';
    expect(chains(text).map((c) => c.map((s) => s.split(' ').slice(0, 2).join(' ')))).toEqual([
      ['PART 2', 'SECTION 1', 'ITEM 1', 'SUBITEM 2'],
      ['PART 2', 'SECTION 1', 'ITEM 1', 'SUBITEM 3'],
      ['PART 2', 'SECTION 1', 'ITEM 2'],
      ['PART 2', 'SECTION 2'],
    ]);
  });

  test('及び between two references is a connector, not part of a title', () => {
    const block = parseClauseRef('１．業務効率化・デジタル化の推進\n（２）テレワークの推進\n及び\n４．仕事と生活の両立支援').blocks[0];
    expect(block?.kind === 'chains' && chainsOf(block.roots).map((c) => c[c.length - 1]?.title)).toEqual([
      'テレワークの推進',
      '仕事と生活の両立支援',
    ]);
    expect(block?.kind === 'chains' && block.leftover).toEqual(['及び']);
  });

  test('a missing level keeps the sub-item under the section', () => {
    expect(chains('第２　ワークライフバランスの推進のた\nめの働き方改革\n１業務効率化・デジタル化の推進\n② 「業務見直し・ DX 推進チーム」に\nよる 業務見直し')).toEqual([
      [`PART 2 ${WLB}`, 'SECTION 1 業務効率化・デジタル化の推進', 'SUBITEM 2 「業務見直し・ DX 推進チーム」による 業務見直し'],
    ]);
  });
});

describe('labels and plan references', () => {
  test('a leading ・ line names the measure and is not part of the reference', () => {
    const cell = parseClauseRef('・エンゲージメント調査等の実施\nⅣ「推進体制等」\n（１）各府省等における取組の推進\n\n・管理職員向け講演会の実施\nⅡ「ワークライフバランスの推進のための働き方改革」');
    expect(cell.blocks.map((b: ReferenceBlock) => b.label)).toEqual(['エンゲージメント調査等の実施', '管理職員向け講演会の実施']);
    expect(chains('・エンゲージメント調査等の実施\nⅣ「推進体制等」\n（１）各府省等における取組の推進')).toEqual([
      ['PART 4 推進体制等', 'ITEM 1 各府省等における取組の推進'],
    ]);
  });

  test('text glued before a part is a label too (line breaks lost)', () => {
    expect(parseClauseRef('・業務見直しⅡ「推進体制等」').blocks[0]?.label).toBe('業務見直し');
  });

  test('a cell with no level marker is plain text', () => {
    expect(parseClauseRef('（別添）具体的な取組事項').blocks).toEqual([{ kind: 'text', label: null, text: '（別添）具体的な取組事項' }]);
  });

  test('each segment keeps its printed label without line breaks', () => {
    const block = parseClauseRef('Ⅱ「ワークライフバランスの推進のため\nの働き方改革」\n１．業務効率化・デジタル化の推進\n（４）オフィス改革').blocks[0];
    expect(block?.kind === 'chains' && chainsOf(block.roots)[0]?.map((s) => s.raw).join('')).toBe(
      'Ⅱ「ワークライフバランスの推進のための働き方改革」１．業務効率化・デジタル化の推進（４）オフィス改革',
    );
  });
});
