/**
 * A graph written by the first version of wlb-graph (one report, nodes keyed by id alone, migrations
 * 1–3) is moved forward by the migrations that `npm start` and every ingest run: the fixture
 * `tests/fixtures/legacy-v1/` holds that version's schema and write Cypher, and a small graph it
 * wrote (three ministries of the bundled report, with themes and similar measures). After
 * `migrate`, the API serves it as the report of fiscal year 2024 — the same ministries, items,
 * measures, clauses, themes and similarities, under ids that say their year — and an ingest of the
 * bundled report then replaces it like any other version.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '../../src/config';
import { CypherRegistry, statements } from '../../src/db/cypherRegistry';
import { Executor } from '../../src/db/executor';
import { ingestReport } from '../../src/ingest/ingestReport';
import { migrate, MigrationError } from '../../src/ingest/migrate';
import { createApp, type App } from '../../src/server/app';
import { BUNDLED_REPORT } from './helpers/api';
import { clearGraph, runCypher, testDriver } from './helpers/neo4j';

jest.setTimeout(180_000);

const LEGACY = path.join(projectRoot, 'tests', 'fixtures', 'legacy-v1');
const legacyCypher = (name: string): string => fs.readFileSync(path.join(LEGACY, `${name}.cypher`), 'utf8');
const graph = JSON.parse(fs.readFileSync(path.join(LEGACY, 'graph.json'), 'utf8'));

let driver: Driver;
let executor: Executor;
let app: App | undefined;
let url = '';

const run = (query: string, params: Record<string, unknown> = {}): Promise<Record<string, any>[]> => runCypher(driver, query, params);

/** The database as the first version left it: no nodes, no schema but its own, migrations 1–3 recorded. */
async function legacyDatabase(): Promise<void> {
  await run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS');
  for (const { name } of await run('SHOW CONSTRAINTS YIELD name')) await run(`DROP CONSTRAINT \`${name}\``);
  for (const { name } of await run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")) await run(`DROP INDEX \`${name}\``);
  for (const [version, name] of [[1, 'constraints'], [2, 'indexes'], [3, 'fulltext']] as const) {
    for (const statement of statements(legacyCypher(`00${version}_${name}`))) await run(statement);
    await run('CREATE (:Migration {version: $version, name: $name, appliedAt: datetime()})', { version, name });
  }
  await run('CALL db.awaitIndexes(60)');
  // What that version's ingest wrote, statement by statement, in its order.
  await run(legacyCypher('createReport'), { report: graph.report });
  await run(legacyCypher('upsertMinistries'), { reportId: graph.report.id, ministries: graph.ministries });
  await run(legacyCypher('upsertPriorityItems'), { items: graph.items });
  await run(legacyCypher('upsertMeasures'), { measures: graph.measures });
  await run(legacyCypher('upsertClauses'), { clauses: graph.clauses });
  await run(legacyCypher('linkClauseTree'), { edges: graph.clauseEdges });
  await run(legacyCypher('linkPlanClauses'), { links: graph.planLinks });
  await run(legacyCypher('linkMeasureClauses'), { links: graph.measureClauseLinks });
  await run(legacyCypher('upsertThemes'), { themes: graph.themes });
  await run(legacyCypher('linkMeasureThemes'), { links: graph.measureThemes });
  await run(legacyCypher('linkSimilarMeasures'), { edges: graph.similar });
}

async function data(query: string): Promise<Record<string, any>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

beforeAll(async () => {
  driver = testDriver();
  executor = new Executor(driver, new CypherRegistry(), { database: 'neo4j', readTimeoutMs: 20_000 });
  await legacyDatabase();
});

afterAll(async () => {
  await app?.stop();
  // Whatever happened above, leave the schema current and the graph empty for the next test file.
  await migrate(executor).catch(() => undefined);
  await clearGraph(driver);
  await driver?.close();
});

test('the legacy graph is what the first version wrote', async () => {
  const [{ ministries, measures, similar }] = await run(
    'MATCH (m:Ministry) WITH count(m) AS ministries MATCH (x:Measure) WITH ministries, count(x) AS measures MATCH ()-[s:SIMILAR_TO]->() RETURN ministries, measures, count(s) AS similar',
  );
  expect({ ministries: Number(ministries), measures: Number(measures), similar: Number(similar) }).toEqual({
    ministries: graph.ministries.length,
    measures: graph.measures.length,
    similar: graph.similar.length,
  });
});

test('migrate applies the migrations after 3, once', async () => {
  const first = await migrate(executor);
  expect(first.alreadyApplied).toEqual(['schema/001_constraints', 'schema/002_indexes', 'schema/003_fulltext']);
  expect(first.applied.length).toBeGreaterThanOrEqual(3);
  expect(first.applied[0]).toBe('schema/004_versions');
  expect((await migrate(executor)).applied).toEqual([]);
});

describe('the API serves the migrated graph as fiscal year 2024', () => {
  beforeAll(async () => {
    await run('CALL db.awaitIndexes(60)');
    app = createApp({ config: { nodeEnv: 'test', corsOrigins: [] }, executor, versionTtlMs: 0 });
    url = await app.listen(0);
  });

  test('the report is a year', async () => {
    const { reports } = await data('{ reports { fiscalYear fiscalYearJa source sha256 } }');
    expect(reports).toEqual([{ fiscalYear: 2024, fiscalYearJa: '令和6年度', source: graph.report.source, sha256: graph.report.sha256 }]);
  });

  test('every ministry, item and measure is there, with ids that say the year', async () => {
    const { ministries } = await data(
      '{ ministries(first: 100) { totalCount edges { node { id nameJa nameEn priorityItems { id title measures { id text status } } } } } }',
    );
    expect(ministries.totalCount).toBe(graph.ministries.length);
    const byOrder = [...graph.ministries].sort((a: any, b: any) => a.order - b.order);
    expect(ministries.edges.map((e: any) => e.node.id)).toEqual(byOrder.map((m: any) => m.id));
    const items = ministries.edges.flatMap((e: any) => e.node.priorityItems);
    expect(items.map((p: any) => p.id).sort()).toEqual(graph.items.map((p: any) => `2024/${p.id}`).sort());
    const measures = new Map<string, any>(items.flatMap((p: any) => p.measures).map((x: any) => [x.id, x]));
    expect([...measures.keys()].sort()).toEqual(graph.measures.map((x: any) => `2024/${x.id}`).sort());
    for (const x of graph.measures) expect(measures.get(`2024/${x.id}`)).toMatchObject({ text: x.text, status: x.status });
  });

  test('clauses, themes and similar measures survive, and nested reads work', async () => {
    const one = graph.measureClauseLinks[0];
    const clause = graph.clauses.find((c: any) => c.id === one.clauseId);
    const { measure } = await data(
      `{ measure(id: "2024/${one.measureId}") { clauses { id path } themes { id } priorityItem { ministry { id } } } }`,
    );
    const { similarMeasures } = await data(`{ similarMeasures(measureId: "2024/${one.measureId}", first: 50, acrossMinistries: false) { measure { id } } }`);
    expect(measure.clauses.map((c: any) => c.path)).toContain(clause.path);
    expect(measure.themes.map((t: any) => t.id).sort()).toEqual(graph.measureThemes.filter((l: any) => l.measureId === one.measureId).map((l: any) => l.themeId).sort());
    const similar = graph.similar.filter((s: any) => s.fromId === one.measureId);
    expect(similarMeasures.map((s: any) => s.measure.id).sort()).toEqual(similar.map((s: any) => `2024/${s.toId}`).sort());
    expect(measure.priorityItem.ministry.id).toBe(one.measureId.split('/')[0]);
  });

  test('the clause tree and full-text search work on the migrated nodes', async () => {
    const { clause } = await data('{ clause(path: "II.3") { path children { path } } }');
    const children = graph.clauseEdges.filter((e: any) => e.parentId === 'clause/Ⅱ.3').map((e: any) => e.childId.replace(/^clause\//u, ''));
    expect(clause.children.map((c: any) => c.path).sort()).toEqual(children.sort());
    const word = graph.measures[0].head.slice(0, 6);
    const { search } = await data(`{ search(text: "${word}", first: 5, types: [MEASURE]) { node { ... on Measure { id } } } }`);
    expect(search.map((h: any) => h.node.id)).toContain(`2024/${graph.measures[0].id}`);
  });

  test('an ingest of the bundled report then replaces the migrated version', async () => {
    const summary = await ingestReport(executor, BUNDLED_REPORT, { retireGraceMs: 0 });
    expect(summary.fiscalYear).toBe(2024);
    const versions = await run('MATCH (n) WHERE n:Ministry OR n:PriorityItem OR n:Measure OR n:Clause OR n:Theme RETURN DISTINCT n.version AS version');
    expect(versions.map((v) => v.version)).toEqual([summary.version]);
    const { stats } = await data('{ stats { counts } }');
    expect(stats.counts.nodes.Ministry).toBeGreaterThan(graph.ministries.length);
  });
});

test('a database whose nodes were deleted by hand, schema kept, gets a migration error that says so', async () => {
  const records = await run('MATCH (m:Migration) RETURN m.version AS version, m.name AS name ORDER BY version');
  await run('MATCH (n) DETACH DELETE n'); // what users type to "reset" a graph: the records go too
  try {
    const refused = await migrate(executor).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(MigrationError);
    expect((refused as MigrationError).migration).toBe('schema/001_constraints');
    expect((refused as Error).message).toMatch(/records no migration but already has a schema.*deleted by hand/su);
  } finally {
    // Put the records back: the schema is current, and the next test files migrate from it.
    for (const { version, name } of records) await run('CREATE (:Migration {version: $version, name: $name, appliedAt: datetime()})', { version, name });
  }
  expect((await migrate(executor)).applied).toEqual([]);
});
