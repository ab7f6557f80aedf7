/**
 * `npm run -s export` end to end: the command run as a child process against the test Neo4j
 * (NEO4J_URI), its GraphML read back by an XML parser and compared with `stats`, its Cytoscape
 * JSON and CSV parsed, a seeded subgraph equal to the `graph` query's, and a bad command line.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLParser } from 'fast-xml-parser';
import { projectRoot } from '../../src/config';
import { useApi } from './helpers/api';

jest.setTimeout(120_000);

const api = useApi();

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

/** The graph's counts from `stats`, without the report node and its COVERS edges (not drawn). */
async function drawnCounts(): Promise<{ nodes: Record<string, number>; edges: Record<string, number> }> {
  const { stats } = await api.data(`{ stats { counts } }`);
  const { Report: _r, ...nodes } = stats.counts.nodes;
  const { COVERS: _c, ...edges } = stats.counts.edges;
  return { nodes, edges };
}

function tally(types: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of types) out[t] = (out[t] ?? 0) + 1;
  return out;
}

test('GraphML of the whole graph: parsed by an XML parser, the counts of stats, typed keys, Japanese labels', async () => {
  const { code, stdout, stderr } = await runExport(['--format', 'graphml']);
  expect(code).toBe(0);
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name),
  }).parse(stdout);
  const keys: Record<string, string>[] = doc.graphml.key;
  const keyId = (kind: string, name: string) => keys.find((k) => k.for === kind && k['attr.name'] === name)?.id;
  const valueOf = (element: any, id: string | undefined) => element.data?.find((d: any) => d.key === id)?.['#text'];
  const nodes: any[] = doc.graphml.graph.node;
  const edges: any[] = doc.graphml.graph.edge;
  const counts = await drawnCounts();
  expect(tally(nodes.map((n) => valueOf(n, keyId('node', 'type'))))).toEqual(counts.nodes);
  expect(tally(edges.map((e) => valueOf(e, keyId('edge', 'type'))))).toEqual(counts.edges);
  const ids = new Set(nodes.map((n) => n.id));
  expect(ids.size).toBe(nodes.length);
  for (const e of edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  expect(valueOf(nodes.find((n) => n.id === 'cabinet-office'), keyId('node', 'label'))).toBe('内閣府');
  expect(keys.find((k) => k['attr.name'] === 'order' && k.for === 'node')?.['attr.type']).toBe('long');
  expect(stderr).toMatch(new RegExp(`export: ${nodes.length} nodes, ${edges.length} edges\\n`, 'u'));
});

test('Cytoscape JSON and CSV of a seeded subgraph are the graph query’s answer', async () => {
  const { graph } = await api.data(`{ graph(seed: { ministryIds: ["cabinet-office"], clausePaths: ["Ⅱ.3.(1)②"] }, depth: 2, limit: 2000) { nodes { id } edges { id } } }`);
  const seeds = ['--seed', 'ministry:cabinet-office', '--seed', 'clause:II.3.(1)2', '--depth', '2'];
  const cy = await runExport(['--format', 'cytoscape', ...seeds]);
  expect(cy.code).toBe(0);
  const { elements } = JSON.parse(cy.stdout);
  expect(elements.nodes.map((n: any) => n.data.id).sort()).toEqual(graph.nodes.map((n: any) => n.id).sort());
  expect(elements.edges.map((e: any) => e.data.id).sort()).toEqual(graph.edges.map((e: any) => e.id).sort());

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
});
