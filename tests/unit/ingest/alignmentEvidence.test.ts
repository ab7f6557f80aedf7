/**
 * Each kind of alignment evidence on small synthetic tables, including cases where the words mislead
 * and the meaning decides.
 */
import { clauseEvidence } from '../../../src/ingest/alignment/clauseEvidence';
import { parseClauseMeanings } from '../../../src/ingest/alignment/clauseMeanings';
import { contentKey, rowKey } from '../../../src/ingest/alignment/contentKey';
import { flowEvidence } from '../../../src/ingest/alignment/flowEvidence';
import type { LoadedKnowledge } from '../../../src/ingest/alignment/knowledge';
import { evidenceMatrix } from '../../../src/ingest/alignment/scoreMatrix';
import { planEvidence, termEvidence } from '../../../src/ingest/alignment/termEvidence';
import { themeEvidence } from '../../../src/ingest/alignment/themeEvidence';
import { ministryView, type MinistryView, type RowRefs } from '../../../src/ingest/alignment/views';
import type { TableRow, TitleCell } from '../../../src/ingest/rows';
import { guideline, refsOf, row, testKnowledge, title } from '../../helpers/alignmentFixture';

let knowledge: LoadedKnowledge;
beforeAll(async () => {
  knowledge = await testKnowledge();
});

const viewOf = (titles: TitleCell[], rows: TableRow[], refs: RowRefs[] = refsOf(rows), ownName = ''): MinistryView =>
  ministryView(titles, rows, refs, knowledge, ownName);
const titleNamed = (view: MinistryView, text: string) => view.titles.find((t) => t.text === text)!;

describe('terms: content terms shared with the measure text', () => {
  test('a title term found in one row only ties the title to that row', () => {
    const view = viewOf(
      [title('テレワークの推進', 2), title('人事評価面談の充実', 2)],
      [row(0, '全職員にテレワーク用の端末を配備した。'), row(1, '期末の人事評価面談で上司が助言した。')],
    );
    const score = termEvidence(view);
    const t = titleNamed(view, 'テレワークの推進');
    expect(score(t, view.rows[0])).toEqual({ value: 1, detail: 'shared terms: テレワーク' });
    expect(score(t, view.rows[1])).toBeNull();
  });

  test('a term every title of the ministry shares cannot tell them apart; light words and the own name are left out', () => {
    const view = viewOf([title('管理職研修の充実', 1), title('管理職の人事評価の強化', 1), title('内閣官房全体の体制の強化', 1)], [row(0, '研修を実施。')], undefined, '内閣官房');
    const surfaces = (text: string) => titleNamed(view, text).terms.map((t) => t.surface);
    expect(surfaces('管理職研修の充実')).toContain('研修');
    expect(surfaces('管理職研修の充実')).not.toContain('充実');
    expect(surfaces('内閣官房全体の体制の強化')).toEqual(expect.arrayContaining(['体制']));
    expect(surfaces('内閣官房全体の体制の強化')).not.toEqual(expect.arrayContaining(['内閣官房']));
    // 管理職 is in two of three titles: it weighs half; a term of all three would weigh nothing.
    expect(titleNamed(view, '管理職研修の充実').terms.find((t) => t.surface === '管理職')?.weight).toBeCloseTo(0.5);
  });

  test('a heading two titles share weighs less than the part that tells them apart', () => {
    const view = viewOf([title('「職場の活性化」に向けて①若手の育成', 1), title('「職場の活性化」に向けて②会議の削減', 1), title('窓口の電話対応', 1)], [row(0, '育成。')]);
    const terms = titleNamed(view, '「職場の活性化」に向けて①若手の育成').terms;
    const weight = (s: string) => terms.find((t) => t.surface === s)?.weight;
    expect(weight('育成')).toBe(1);
    // In the heading (¼) of two of the three titles (½).
    expect(weight('活性化')).toBe(0.125);
  });

  test('words mislead: an aim (働きやすさ) named in a row is not matched word for word', () => {
    const view = viewOf([title('働きやすさの向上', 1), title('勉強会の開催', 1)], [row(0, '課長が働きやすさの確保のための工夫を職員と1on1で話し合った。')]);
    expect(titleNamed(view, '働きやすさの向上').terms).toEqual([]);
    expect(termEvidence(view)(titleNamed(view, '働きやすさの向上'), view.rows[0])).toBeNull();
  });

  test('plan: a title named by the label of the row’s own-plan reference', () => {
    const rows = [row(0, '課ごとの業務量を調べた。', '（２）人員配置等'), row(1, '勤務時間を記録した。', '（１）勤務管理')];
    const view = viewOf([title('人員配置の見直し', 2), title('勤務管理のシステム化', 2)], rows, [
      { clauseRefs: [], planRefs: ['（２）人員配置等'] },
      { clauseRefs: [], planRefs: ['（１）勤務管理'] },
    ]);
    const score = planEvidence(view);
    expect(score(titleNamed(view, '人員配置の見直し'), view.rows[0])?.detail).toBe('own-plan reference names: 人員, 人員配置, 配置');
    expect(score(titleNamed(view, '人員配置の見直し'), view.rows[1])).toBeNull();
  });
});

describe('clauses: the meaning of the clauses a row answers', () => {
  const B_TELEWORK_HOURS = 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n１．業務効率化・デジタル化の推進\n（２）テレワークの推進\n２．勤務時間管理のシステム化と勤務時\n間管理の徹底';
  const B_MANAGEMENT = 'Ⅱ．ワークライフバランスの推進のため\nの働き方改革\n３．マネジメント改革';

  test('meaning decides where the words are silent: 働きやすさ is answered by rows under テレワーク and 勤務時間管理, not マネジメント改革', () => {
    const rows = [row(0, '端末を配備し、退庁時刻を記録した。', B_TELEWORK_HOURS), row(1, '課長と課員が対話した。', B_MANAGEMENT)];
    const view = viewOf([title('働きやすさの向上', 2)], rows);
    const score = clauseEvidence(guideline, knowledge);
    const t = view.titles[0];
    expect(score(t, view.rows[0])).toEqual({ value: 1, detail: 'title ≈ Ⅱ.1 業務効率化・デジタル化の推進 (働きやすさ); row cites Ⅱ.1.(2) under it' });
    expect(score(t, view.rows[1])).toBeNull();
  });

  test('a title about management is answered by a row under マネジメント改革, and fully by one under the clause on managers', () => {
    const rows = [row(0, '研修を実施。', B_MANAGEMENT), row(1, '研修を実施。', `${B_MANAGEMENT}\n（１）職員のやりがい向上も踏まえた管\n理職のマネジメント向上\n②管理職のマネジメント能力の向上`)];
    const view = viewOf([title('管理職の育て方', 2)], rows);
    const score = clauseEvidence(guideline, knowledge);
    const broader = score(view.titles[0], view.rows[0])!;
    const exact = score(view.titles[0], view.rows[1])!;
    expect(broader.detail).toMatch(/row cites the broader Ⅱ\.3$/u);
    expect(exact.value).toBeGreaterThan(broader.value);
  });

  test('words mislead: the clause titles a B cell quotes are not words to match, only the paths it resolves to count', () => {
    // Two rows with the same measure text and the same resolved clause, one quoting the title's
    // words in its B cell, the other not: they score the same for every title.
    const quoting = row(0, '多面観察を実施した。', '３．マネジメント改革\n（１）職員のやりがい向上も踏まえた管\n理職のマネジメント向上');
    const plain = row(1, '多面観察を実施した。', '（２）業務効率化');
    const refs = [{ clauseRefs: ['Ⅱ.3.(1)'], planRefs: [] }, { clauseRefs: ['Ⅱ.3.(1)'], planRefs: [] }];
    const view = viewOf([title('職員のやりがい向上', 2), title('管理職のマネジメント向上', 2)], [quoting, plain], refs);
    const matrix = evidenceMatrix(view, guideline, knowledge);
    for (const perRow of matrix) expect(perRow[0].total).toBe(perRow[1].total);
  });

  test('focus: a row answering only the title’s subject beats one answering it among other things', () => {
    const rows = [row(0, 'a', B_MANAGEMENT), row(1, 'b', `${B_TELEWORK_HOURS}\n３．マネジメント改革`)];
    const view = viewOf([title('マネジメント改革の推進', 2)], rows);
    const score = clauseEvidence(guideline, knowledge);
    expect(score(view.titles[0], view.rows[0])!.value).toBeGreaterThan(2 * score(view.titles[0], view.rows[1])!.value);
  });
});

describe('themes: the same practice in other words', () => {
  test('在宅勤務 in the title and テレワーク in the row are one theme', () => {
    const view = viewOf([title('在宅勤務の拡大', 2)], [row(0, 'テレワーク用の端末を配備した。'), row(1, '多面観察を実施した。')]);
    const t = view.titles[0];
    expect(termEvidence(view)(t, view.rows[0])).toBeNull();
    expect(themeEvidence()(t, view.rows[0])).toEqual({ value: 1, detail: 'theme: telework' });
    expect(themeEvidence()(t, view.rows[1])).toBeNull();
  });

  test('words mislead: a row all about telework and leave realises 働きやすさ; a row about 1on1 that names 働きやすさ does not', () => {
    const rows = [row(0, 'テレワークを推進し、年次休暇の取得を促し、超過勤務を縮減した。'), row(1, '働きやすさの確保のため、1on1とパルスサーベイを実施した。')];
    const view = viewOf([title('働きやすさの向上', 2)], rows);
    const score = themeEvidence();
    expect(score(view.titles[0], view.rows[0])).toEqual({ value: 1, detail: "ease-of-work through telework, overtime-reduction, flexible-hours (3 of the row's 3 themes)" });
    expect(score(view.titles[0], view.rows[1])).toBeNull();
  });
});

describe('flow: a title belongs to the rows read before it', () => {
  const rows = [row(0, 'a'), row(1, 'b'), row(2, 'c'), row(3, 'd'), row(4, 'e')];
  const noRefs = rows.map(() => ({ clauseRefs: [], planRefs: [] }));
  let view: MinistryView;
  beforeAll(() => {
    view = viewOf([title('一', 1), title('二', 3), title('三', 3)], rows, noRefs);
  });
  const values = (text: string) => view.rows.map((r) => flowEvidence(view)(titleNamed(view, text), r)?.value ?? 0);

  test('rows since the previous batch of titles: 1; rows after it, up to the next batch: ½; the run before: ¼', () => {
    expect(values('二')).toEqual([0.25, 1, 1, 0.5, 0.5]);
    expect(values('一')).toEqual([1, 0.5, 0.5, 0, 0]);
  });

  test('titles of one batch are alike whatever their printed order; page numbers are not read', () => {
    expect(values('三')).toEqual(values('二'));
    const paged = rows.map((r, i) => ({ ...r, page: 10 + i }));
    const again = flowEvidence(viewOf([title('一', 1), title('二', 3)], paged, noRefs));
    expect(paged.map((r, i) => again(titleNamed(view, '二'), { ...view.rows[i], row: r })?.value ?? 0)).toEqual(values('二'));
  });
});

describe('content keys', () => {
  test('NFKC and white space do not change a key', () => {
    expect(contentKey('テレワーク１on１の推進')).toBe(contentKey(' テレワーク 1on1の推進\n'));
    expect(contentKey('テレワークの推進')).toMatch(/^[0-9a-f]{12}$/u);
    expect(rowKey(row(0, '【継続】\n端末を配備。', 'Ⅳ．推進体制等'))).toBe(rowKey(row(5, '【継続】端末を配備。', 'Ⅳ.推進体制等')));
  });
});

describe('the clause-meaning vocabulary', () => {
  test('every concept names clauses and themes that exist', () => {
    const slugs = new Set(knowledge.taxonomy.map((t) => t.slug));
    for (const c of knowledge.meanings.concepts) {
      expect(c.why.length).toBeGreaterThan(20);
      for (const theme of c.themes) expect(slugs).toContain(theme);
    }
  });

  test('a malformed entry is refused with what was expected', () => {
    const light = { terms: ['強化'] };
    expect(() => parseClauseMeanings({ lightWords: light, concepts: [{ id: 'x', phrases: ['a'], clauses: ['Ⅱ.9.(1)②ア'], why: '' }] })).toThrow(/expected a non-empty "why"/u);
    expect(() => parseClauseMeanings({ lightWords: light, concepts: [{ id: 'x', phrases: ['a'], clauses: ['第三章'], why: 'w' }] })).toThrow(/expected clause paths such as "Ⅱ\.3\.\(1\)", got "第三章"/u);
    expect(() => parseClauseMeanings({ lightWords: light, concepts: [{ id: 'Bad Id', phrases: ['a'], clauses: ['Ⅱ.1'], why: 'w' }] })).toThrow(/lower-case-slug/u);
    expect(parseClauseMeanings({ lightWords: light, concepts: [{ id: 'x', phrases: ['a'], clauses: ['II.3.(1)'], why: 'w' }] }).concepts[0].clauses).toEqual(['Ⅱ.3.(1)']);
  });
});
