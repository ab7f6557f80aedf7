/**
 * Several fiscal years in one graph, on the real Neo4j: the bundled 令和6年度 report and a seeded
 * 令和7年度 one generated from it (src/synth) live side by side; lineage through the API scores
 * against the generator's truth (precision and recall printed); reportDiff and Ministry.timeline
 * agree with the links; loading 2024 again changes nothing the API answers; facets by FISCAL_YEAR
 * count what the records hold.
 */
import fs from 'node:fs';
import { loadTaxonomy } from '../../src/discovery/taxonomy';
import { ingestReport } from '../../src/ingest/ingestReport';
import { extractReport } from '../../src/ingest/extractReport';
import type { ReportRecords } from '../../src/ingest/records';
import { scoreLinks } from '../../src/synth/scoreLinks';
import { synthesizeNextYear, type NextYearTruth } from '../../src/synth/synthesizeNextYear';
import { BUNDLED_REPORT, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(300_000);

const api = useApi({ versionTtlMs: 200 });
let truth: NextYearTruth;
let nextRecords: ReportRecords;

beforeAll(async () => {
  const { records, knowledge } = await extractReport(BUNDLED_REPORT, { reviewsDir: null });
  const next = synthesizeNextYear(fs.readFileSync(BUNDLED_REPORT, 'utf8'), records, { seed: 7, taxonomy: loadTaxonomy() });
  truth = next.truth;
  const file = tempReport(next.text, 'wlb-followup-r7-synthetic.txt');
  nextRecords = (await extractReport(file, { reviewsDir: null, knowledge })).records;
  await ingestReport(api.executor(), file);
  await new Promise((resolve) => setTimeout(resolve, 300));
});

/** Every measure of a year with its predecessor, through the API's pages. */
async function measuresWithPredecessors(fiscalYear: number): Promise<{ id: string; predecessor: { measure: { id: string }; kind: string; reason: string } | null }[]> {
  const all = [];
  let after: string | null = null;
  for (;;) {
    const { measures }: any = await api.data(
      `query ($after: String, $y: Int) { measures(first: 100, after: $after, fiscalYear: $y) { edges { node { id predecessor { measure { id fiscalYear } kind score reason } } } pageInfo { hasNextPage endCursor } } }`,
      { after, y: fiscalYear },
    );
    all.push(...measures.edges.map((e: any) => e.node));
    if (!measures.pageInfo.hasNextPage) return all;
    after = measures.pageInfo.endCursor;
  }
}

const local = (id: string): string => id.replace(/^\d{4}\//u, '');

test('two years side by side; the latest is the default; ids say their year', async () => {
  const { reports } = await api.data('{ reports { fiscalYear fiscalYearJa measuresFiscalYear } }');
  expect(reports).toEqual([
    { fiscalYear: 2025, fiscalYearJa: '令和7年度', measuresFiscalYear: 2024 },
    { fiscalYear: 2024, fiscalYearJa: '令和6年度', measuresFiscalYear: 2023 },
  ]);
  const latest = await api.data('{ measures(first: 1) { edges { node { id fiscalYear } } } }');
  expect(latest.measures.edges[0].node).toMatchObject({ fiscalYear: 2025 });
  expect(latest.measures.edges[0].node.id).toMatch(/^2025\//u);
  const y2024 = await api.data('{ ministry(id: "cabinet-office", fiscalYear: 2024) { fiscalYear measureCount } }');
  expect(y2024.ministry.fiscalYear).toBe(2024);
});

test('lineage through the API scores against the generator\'s truth (precision and recall ≥ 0.95)', async () => {
  const measures = await measuresWithPredecessors(2025);
  const links = measures.filter((m) => m.predecessor).map((m) => ({ fromId: local(m.id), toId: local(m.predecessor!.measure.id) }));
  const score = scoreLinks(links, truth.ministries.flatMap((m) => m.measures));
  console.log(`lineage through the API (seed 7): measures precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (${score.correct} right of ${score.found} found, ${score.expected} expected)${score.wrong.length ? `\n  wrong ${score.wrong.join(', ')}` : ''}${score.missed.length ? `\n  missed ${score.missed.join(', ')}` : ''}`);
  expect(score.precision).toBeGreaterThanOrEqual(0.95);
  expect(score.recall).toBeGreaterThanOrEqual(0.95);
  // Successors mirror predecessors.
  const someLink = measures.find((m) => m.predecessor)!;
  const { measure } = await api.data('query ($id: ID!) { measure(id: $id) { successors { measure { id } kind } } }', { id: someLink.predecessor!.measure.id });
  expect(measure.successors.map((s: any) => s.measure.id)).toEqual([someLink.id]);
});

test('reportDiff: continued + changed are the links, new the rest of 2025, dropped the 2024 measures nothing continues; each with a reason', async () => {
  const measures = await measuresWithPredecessors(2025);
  const { reportDiff } = await api.data(`{ reportDiff(from: 2024, to: 2025) {
    counts { continued changed new dropped } priorityItemCounts { continued changed new dropped }
    measures(first: 100, kinds: [NEW, DROPPED]) { totalCount edges { node { kind reason before { id } after { id } } } }
  } }`);
  const linked = measures.filter((m) => m.predecessor).length;
  expect(reportDiff.counts.continued + reportDiff.counts.changed).toBe(linked);
  expect(reportDiff.counts.new).toBe(measures.length - linked);
  const total2024 = (await api.data('{ measures(first: 0, fiscalYear: 2024) { totalCount } }')).measures.totalCount;
  expect(reportDiff.counts.dropped).toBe(total2024 - linked);
  expect(reportDiff.measures.totalCount).toBe(reportDiff.counts.new + reportDiff.counts.dropped);
  for (const { node } of reportDiff.measures.edges) {
    expect(node.reason.length).toBeGreaterThan(10);
    if (node.kind === 'NEW') expect(node).toMatchObject({ before: null, after: { id: expect.stringMatching(/^2025\//u) } });
    else expect(node).toMatchObject({ after: null, before: { id: expect.stringMatching(/^2024\//u) } });
  }
  // The truth's dropped measures are the diff's.
  const droppedIds = reportDiff.measures.edges.filter((e: any) => e.node.kind === 'DROPPED').map((e: any) => local(e.node.before.id)).sort();
  expect(droppedIds).toEqual([...truth.dropped].sort());
  console.log(`reportDiff 2024→2025: measures ${JSON.stringify(reportDiff.counts)}, items ${JSON.stringify(reportDiff.priorityItemCounts)}`);
});

test('a ministry\'s timeline: both years, the changes of the later one adding up', async () => {
  const ministryId = truth.ministries.find((m) => m.measures.some((x) => x.continues === null))!.ministryId;
  const { ministry } = await api.data('query ($id: ID!) { ministry(id: $id) { timeline { fiscalYear measureCount priorityItemCount changes { continued changed new dropped } } } }', { id: ministryId });
  const [y24, y25] = ministry.timeline;
  expect([y24.fiscalYear, y25.fiscalYear]).toEqual([2024, 2025]);
  expect(y24.changes).toBeNull();
  expect(y25.changes.continued + y25.changes.changed + y25.changes.new).toBe(y25.measureCount);
  expect(y25.changes.continued + y25.changes.changed + y25.changes.dropped).toBe(y24.measureCount);
  const diff = await api.data('query ($id: ID!) { reportDiff(from: 2024, to: 2025, ministryId: $id) { counts { continued changed new dropped } } }', { id: ministryId });
  expect(diff.reportDiff.counts).toEqual(y25.changes);
});

test('reportDiff refuses years that are not neighbours or not loaded', async () => {
  const reversed = await api.gql('{ reportDiff(from: 2025, to: 2024) { counts { new } } }');
  expect(reversed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const missing = await api.gql('{ reportDiff(from: 2019, to: 2024) { counts { new } } }');
  expect(missing.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  expect(missing.body.errors?.[0].message).toMatch(/loaded: 2025 \(令和7年度\), 2024 \(令和6年度\)/u);
});

test('facets by fiscal year and status count what the two years\' records hold', async () => {
  const { records: bundled } = await extractReport(BUNDLED_REPORT, { reviewsDir: null });
  const expected = new Map<string, number>();
  for (const [year, records] of [[2024, bundled], [2025, nextRecords]] as const) {
    for (const x of records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures))) {
      const status = { 新規: 'NEW', 継続: 'CONTINUING', '新規・継続': 'NEW_AND_CONTINUING', '継続・新規': 'NEW_AND_CONTINUING' }[x.status ?? ''] ?? 'UNSPECIFIED';
      const key = `${year} ${status}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
  }
  const { facets } = await api.data('{ facets(dimensions: [FISCAL_YEAR, STATUS]) { fiscalYears measureCount cells { count values { key } } } }');
  expect(facets.fiscalYears).toEqual([2024, 2025]);
  const got = new Map(facets.cells.map((c: any) => [c.values.map((v: any) => v.key).join(' '), c.count]));
  expect(got).toEqual(expected);
  console.log(`facets FISCAL_YEAR × STATUS: ${[...got].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
});

test('loading 2024 again changes nothing the API answers for either year', async () => {
  const ask = () =>
    api.data(`{ a: reportDiff(from: 2024, to: 2025) { counts { continued changed new dropped } measures(first: 100) { edges { node { kind reason before { id } after { id } } } } }
      b: stats { nodes { type count } edges { type count } } }`);
  const before = await ask();
  await ingestReport(api.executor(), BUNDLED_REPORT);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await ask()).toEqual(before);
});
