/**
 * `npm run -s export` end to end: the command run as a child process against the test Neo4j
 * (NEO4J_URI) holding two fiscal years (the bundled report, 2024, and the same as 2025), its GraphML
 * read back by an XML parser and compared with `stats` of the year, its Cytoscape JSON and CSV
 * parsed, a seeded subgraph equal to the `graph` query's, `--year`, and bad command lines.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { projectRoot } from '../../src/config';
import { bundledReportOfYear, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(120_000);

const api = useApi({ alsoLoad: [tempReport(bundledReportOfYear(7), 'r7.txt')] });

const TSX = path.join(projectRoot, 'node_modules', '.bin', 'tsx');

/** Runs the export command; resolves with its exit code, stdout and stderr. */
async function runExport(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI, NODE_ENV: 'test' };
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ['scripts/export.ts', ...args], { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A year's counts from `stats`, without the report node (not drawn). */
async function drawnCounts(fiscalYear: number): Promise<{ nodes: Record<string, number>; edges: Record<string, number> }> {
  const { stats } = await api.data(`query ($fiscalYear: Int) { stats(fiscalYear: $fiscalYear) { counts } }`, { fiscalYear });
  const { Report: report, ...nodes } = stats.counts.nodes;
  expect(report).toBe(1);
  // CONTINUES joins a year to the one before: an export of one year does not hold it.
  const { CONTINUES: _lineage, ...edges } = stats.counts.edges;
  return { nodes, edges };
}

function tally(types: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of types) out[t] = (out[t] ?? 0) + 1;
  return out;
}

/** The export's GraphML read back: nodes, edges, the keys and a reader of an element's value by key name. */
async function exportGraphml(args: string[]) {
  const { code, stdout, stderr } = await runExport(['--format', 'graphml', ...args]);
  expect(code).toBe(0);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(stdout);
  const keys: Record<string, string>[] = doc.graphml.key;
  const keyId = (kind: string, name: string) => keys.find((k) => k.for === kind && k['attr.name'] === name)?.id;
  const valueOf = (kind: 'node' | 'edge', element: any, name: string) => element.data?.find((d: any) => d.key === keyId(kind, name))?.['#text'];
  return { nodes: doc.graphml.graph.node as any[], edges: doc.graphml.graph.edge as any[], keys, valueOf, stderr };
}

test.each([
  ['the latest year by default', [], 2025],
  ['--year 2024', ['--year', '2024'], 2024],
])('GraphML of the whole graph (%s): parsed by an XML parser, the counts of stats of that year, typed keys, Japanese labels', async (_name, args, year) => {
  const { nodes, edges, keys, valueOf, stderr } = await exportGraphml(args as string[]);
  const counts = await drawnCounts(year as number);
  expect(tally(nodes.map((n) => valueOf('node', n, 'type')))).toEqual(counts.nodes);
  expect(tally(edges.map((e) => valueOf('edge', e, 'type')))).toEqual(counts.edges);
  const ids = new Set(nodes.map((n) => n.id));
  expect(ids.size).toBe(nodes.length);
  for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  for (const n of nodes) {
    expect(valueOf('node', n, 'fiscalYear')).toBe(String(year));
    if (['PriorityItem', 'Measure'].includes(valueOf('node', n, 'type'))) expect(n.id.startsWith(`${year}/`)).toBe(true);
  }
  expect(valueOf('node', nodes.find((n) => n.id === 'cabinet-office'), 'label')).toBe('内閣府');
  expect(keys.find((k) => k['attr.name'] === 'order' && k.for === 'node')?.['attr.type']).toBe('long');
  expect(stderr).toMatch(new RegExp(`export: ${nodes.length} nodes, ${edges.length} edges\\n`, 'u'));
});

test('Cytoscape JSON and CSV of a seeded subgraph are the graph query’s answer (of the year asked)', async () => {
  // The exports write every similarity edge: the query asks for every one too (similarPerNode: null).
  const query = `query ($fiscalYear: Int) { graph(seed: { ministryIds: ["cabinet-office"], clausePaths: ["Ⅱ.3.(1)②"] }, depth: 2, limit: 2000, fiscalYear: $fiscalYear, similarPerNode: null) { nodes { id } edges { id } } }`;
  const { graph } = await api.data(query);
  const seeds = ['--seed', 'ministry:cabinet-office', '--seed', 'clause:II.3.(1)2', '--depth', '2'];
  const cy = await runExport(['--format', 'cytoscape', ...seeds]);
  expect(cy.code).toBe(0);
  const { elements } = JSON.parse(cy.stdout);
  expect(elements.nodes.map((n: any) => n.data.id).sort()).toEqual(graph.nodes.map((n: any) => n.id).sort());
  expect(elements.edges.map((e: any) => e.data.id).sort()).toEqual(graph.edges.map((e: any) => e.id).sort());
  expect(graph.nodes.some((n: any) => n.id.startsWith('2025/'))).toBe(true);
  const of2024 = (await api.data(query, { fiscalYear: 2024 })).graph;
  const cy2024 = JSON.parse((await runExport(['--format', 'cytoscape', ...seeds, '--year', '2024'])).stdout).elements;
  expect(cy2024.nodes.map((n: any) => n.data.id).sort()).toEqual(of2024.nodes.map((n: any) => n.id).sort());
  expect(cy2024.edges.map((e: any) => e.data.id).sort()).toEqual(of2024.edges.map((e: any) => e.id).sort());
  expect(of2024.nodes.some((n: any) => n.id.startsWith('2024/'))).toBe(true);

  const nodesCsv = await runExport(['--format', 'csv', '--part', 'nodes', ...seeds]);
  const rows = nodesCsv.stdout.split('\r\n').filter((line) => line !== '');
  expect(rows[0].startsWith('id,type,label,')).toBe(true);
  expect(rows).toHaveLength(graph.nodes.length + 1);
  const edgesCsv = await runExport(['--format', 'csv', '--part', 'edges', ...seeds]);
  expect(edgesCsv.stdout.startsWith('id,source,target,type,weight')).toBe(true);
  const both = await runExport(['--format', 'csv', ...seeds]);
  expect(both.stdout).toBe(`${nodesCsv.stdout}\r\n${edgesCsv.stdout}`);
});

test('a bad command line exits 2 with the usage and writes nothing to stdout', async () => {
  const { code, stdout, stderr } = await runExport(['--format', 'png']);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/--format must be graphml, cytoscape or csv; got "png"[\s\S]*usage: npm run -s export/u);
  const year = await runExport(['--format', 'csv', '--year', 'next']);
  expect(year).toMatchObject({ code: 2, stdout: '' });
  expect(year.stderr).toMatch(/--year[\s\S]*usage: npm run -s export/u);
});

test('a year not loaded exits 1 naming the years loaded, and writes nothing to stdout', async () => {
  const { code, stdout, stderr } = await runExport(['--format', 'csv', '--year', '2019']);
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr).toMatch(/no report of fiscal year 2019 is loaded \(loaded: 2025, 2024\)/u);
});
