/**
 * The similarity against groups of obvious same-practice measures of different ministries
 * (tests/fixtures/similar-groups.json, chosen by reading the report): recall@5 — for each member,
 * is a group-mate of another ministry among its five most similar measures of other ministries?
 */
import type { DiscoveryRecords } from '../../../src/discovery/discover';
import type { ReportRecords } from '../../../src/ingest/records';
import { discoverBundledReport } from '../../helpers/bundledReport';
import { loadSimilarGroups, recallAtK } from '../../helpers/similarGroups';

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '');

let records: ReportRecords;
let discovery: DiscoveryRecords;
beforeAll(async () => {
  ({ records, discovery } = await discoverBundledReport());
}, 60_000);

const groups = loadSimilarGroups();

test('the fixture names real measures (id and head), each group spanning two or more ministries', () => {
  const heads = new Map(records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures.map((x) => [x.id, squash(x.head)] as const))));
  for (const g of groups) {
    expect(new Set(g.members.map((m) => m.id.split('/')[0])).size).toBeGreaterThanOrEqual(2);
    for (const m of g.members) expect(heads.get(m.id)).toBe(squash(m.head));
  }
});

test('recall@5 over the groups is at least 0.9', () => {
  const nearest = (id: string): string[] =>
    discovery.similar
      .filter((p) => p.fromId === id)
      .sort((a, b) => b.score - a.score)
      .map((p) => p.toId);
  const report = recallAtK(groups, nearest, 5);
  const bySet = [...new Set(groups.map((g) => g.set))].map((set) => {
    const r = recallAtK(groups.filter((g) => g.set === set), nearest, 5);
    return `${set} ${r.hits}/${r.members} = ${r.recall.toFixed(3)}`;
  });
  console.log(
    `similar groups recall@5: ${report.hits}/${report.members} = ${report.recall.toFixed(3)} (${bySet.join('; ')})\n` +
      report.misses.map((m) => `  miss [${m.group}] ${m.measureId} → ${m.nearest.join(', ')}`).join('\n'),
  );
  expect(report.recall).toBeGreaterThanOrEqual(0.9);
});

test('a random neighbour list scores far lower (the measure can fail)', () => {
  const ids = records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures.map((x) => x.id)));
  let seed = 7;
  const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const shuffled = (id: string) => ids.filter((x) => x !== id).sort(() => random() - 0.5);
  expect(recallAtK(groups, shuffled, 5).recall).toBeLessThan(0.5);
});
