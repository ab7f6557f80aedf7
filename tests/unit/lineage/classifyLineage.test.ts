/** The diff from links alone (no analyser): each entry's kind and reason. */
import { classifyLineage, DEFAULT_LINEAGE, type LineageLink, type LineageYear } from '../../../src/lineage';

const measure = (id: string, status: string | null) => ({ id, status, text: id, clauseRefs: [] });
const earlier: LineageYear = {
  fiscalYear: '令和6年度',
  measuresFiscalYear: '令和5年度',
  ministries: [
    {
      ministryId: 'x',
      items: [
        { id: 'x/p1', title: 'テレワークの推進', measures: [measure('x/p1/m1', '継続'), measure('x/p1/m2', '新規'), measure('x/p1/m3', '継続')] },
        { id: 'x/p2', title: '超過勤務の縮減', measures: [measure('x/p2/m1', null)] },
      ],
    },
    { ministryId: 'gone', items: [{ id: 'gone/p1', title: '体制整備', measures: [measure('gone/p1/m1', '継続')] }] },
  ],
};
const later: LineageYear = {
  fiscalYear: '令和7年度',
  measuresFiscalYear: '令和6年度',
  ministries: [
    {
      ministryId: 'x',
      items: [
        { id: 'x/p1', title: 'テレワークの一層の推進', measures: [measure('x/p1/m1', '継続'), measure('x/p1/m2', '継続'), measure('x/p1/m3', '新規')] },
        { id: 'x/p2', title: '男性職員の育児参画', measures: [measure('x/p2/m1', '新規')] },
      ],
    },
  ],
};
const link = (fromId: string, toId: string, score: number, textScore: number, sharedThemes: string[] = []): LineageLink => ({
  fromId,
  toId,
  ministryId: fromId.split('/')[0],
  score,
  textScore,
  sharedTerms: ['通話料'],
  sharedThemes,
});

test('each later measure is continued, changed or new, each earlier one nothing continues is dropped, with reasons', () => {
  const { diff, review } = classifyLineage({
    earlier,
    later,
    measureLinks: [link('x/p1/m1', 'x/p1/m1', 0.98, 0.99, ['theme/telework']), link('x/p1/m2', 'x/p1/m2', 0.3, 0.41)],
    itemLinks: [link('x/p1', 'x/p1', 0.8, 1)],
    candidates: { later: new Map([['x/p1/m3', { id: 'x/p1/m3', score: 0.42 }]]), earlier: new Map([['x/p1/m3', { id: 'x/p1/m3', score: 0.42 }]]) },
  });
  expect(diff).toMatchObject({ from: '令和6年度', to: '令和7年度' });
  const x = diff.ministries.find((d) => d.ministryId === 'x');
  expect(x?.measures.map((c) => [c.kind, c.id, c.reason])).toEqual([
    ['continued', 'x/p1/m1', 'continues x/p1/m1: text 0.99 alike, same themes (telework); score 0.98'],
    ['changed', 'x/p1/m2', 'reworded from x/p1/m2: text 0.41 alike (below 0.95), no theme in common; shared terms 通話料; score 0.3'],
    ['new', 'x/p1/m3', '【新規】 and no measure of the same ministry in 令和5年度 above 0.6 (best 0.42: x/p1/m3)'],
    ['new', 'x/p2/m1', '【新規】 and no measure of the same ministry in 令和5年度 above 0.6 (nothing alike)'],
    ['dropped', 'x/p1/m3', 'no measure of the same ministry in 令和6年度 continues it (best 0.42: x/p1/m3)'],
    ['dropped', 'x/p2/m1', 'no measure of the same ministry in 令和6年度 continues it (nothing alike)'],
  ]);
  // A title that reads differently is a renamed (changed) item; TEXT 1 means its content terms are the same.
  expect(x?.items.map((c) => [c.kind, c.id])).toEqual([
    ['changed', 'x/p1'],
    ['new', 'x/p2'],
    ['dropped', 'x/p2'],
  ]);
  expect(x?.items[0].reason).toBe('renamed from 「テレワークの推進」 (x/p1): title 1 alike; 2 of its 3 measures continue measures of x/p1; score 0.8');
  // A ministry gone from the later report: all its measures and items are dropped.
  const gone = diff.ministries.find((d) => d.ministryId === 'gone');
  expect(gone?.measures).toEqual([
    { kind: 'dropped', id: 'gone/p1/m1', bestCandidate: null, reason: "the ministry has no measures in 令和6年度 (令和7年度's report)" },
  ]);
  // The link taken on the lowered bar of 【継続】 is weak: on the review list.
  expect(review).toEqual([{ kind: 'weakMatch', id: 'x/p1/m2', ministryId: 'x', predecessorId: 'x/p1/m2', score: 0.3, reason: `【継続】 linked to x/p1/m2 on a weak score 0.3 (below ${DEFAULT_LINEAGE.weakBelow})` }]);
});
