/**
 * The export formats on a small hand-made graph: GraphML read back by an XML parser (keys typed,
 * values and escaping intact), Cytoscape elements (flat and compound), CSV quoting and parts, and
 * node labels.
 */
import { XMLParser } from 'fast-xml-parser';
import { toCsv } from '../../../src/graph/formats/csv';
import { toCytoscapeElements } from '../../../src/graph/formats/cytoscape';
import { toGraphML } from '../../../src/graph/formats/graphml';
import type { Graph } from '../../../src/graph/model';
import { nodeLabel } from '../../../src/graph/nodeLabel';

const graph: Graph = {
  nodes: [
    { id: 'clause/Ⅱ', type: 'Clause', label: 'Ⅱ 働き方改革', data: { id: 'clause/Ⅱ', path: 'Ⅱ', title: '働き方改革', level: 1, titleVariants: [] } },
    { id: 'clause/Ⅱ.3', type: 'Clause', label: 'Ⅱ.3 管理職', data: { id: 'clause/Ⅱ.3', path: 'Ⅱ.3', title: '管理職', level: 2, titleVariants: ['管理職員'] } },
    { id: 'm/p1/m1', type: 'Measure', label: '研修を"実施"…', data: { id: 'm/p1/m1', text: 'A & B < C, "quoted"\n次の行', order: 1.5, ok: true } },
  ],
  edges: [
    { id: 'HAS_CHILD:clause/Ⅱ->clause/Ⅱ.3', source: 'clause/Ⅱ', target: 'clause/Ⅱ.3', type: 'HAS_CHILD', weight: 1, data: {} },
    { id: 'UNDER_CLAUSE:m/p1/m1->clause/Ⅱ.3', source: 'm/p1/m1', target: 'clause/Ⅱ.3', type: 'UNDER_CLAUSE', weight: 0.5, data: { terms: ['a', 'b'] } },
  ],
  truncated: false,
  similarEdgesOmitted: 0,
};

describe('GraphML', () => {
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name, _path, _leaf, isAttribute) => !isAttribute && ['key', 'node', 'edge', 'data'].includes(name), parseTagValue: false }).parse(
    toGraphML(graph),
  );
  const keys: { id: string; for: string; 'attr.name': string; 'attr.type': string }[] = parsed.graphml.key;
  const key = (kind: string, name: string) => keys.find((k) => k.for === kind && k['attr.name'] === name);
  const value = (element: { data?: { key: string; '#text'?: string }[] }, kind: string, name: string) =>
    element.data?.find((d) => d.key === key(kind, name)?.id)?.['#text'];

  test('parses, with every node and edge and a directed graph', () => {
    expect(parsed.graphml.graph.edgedefault).toBe('directed');
    expect(parsed.graphml.graph.node.map((n: any) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(parsed.graphml.graph.edge.map((e: any) => [e.id, e.source, e.target])).toEqual(graph.edges.map((e) => [e.id, e.source, e.target]));
  });

  test('one typed key per property: label and type for nodes, type and weight for edges', () => {
    expect(key('node', 'label')?.['attr.type']).toBe('string');
    expect(key('node', 'level')?.['attr.type']).toBe('long');
    expect(key('node', 'order')?.['attr.type']).toBe('double');
    expect(key('node', 'ok')?.['attr.type']).toBe('boolean');
    expect(key('node', 'titleVariants')?.['attr.type']).toBe('string');
    expect(key('edge', 'weight')?.['attr.type']).toBe('double');
    expect(key('edge', 'type')?.['attr.type']).toBe('string');
    expect(new Set(keys.map((k) => k.id)).size).toBe(keys.length);
  });

  test('values survive escaping; lists are JSON', () => {
    const measure = parsed.graphml.graph.node[2];
    expect(value(measure, 'node', 'text')).toBe('A & B < C, "quoted"\n次の行');
    expect(value(measure, 'node', 'label')).toBe('研修を"実施"…');
    expect(value(parsed.graphml.graph.node[1], 'node', 'titleVariants')).toBe('["管理職員"]');
    expect(value(parsed.graphml.graph.edge[1], 'edge', 'weight')).toBe('0.5');
  });
});

describe('Cytoscape elements', () => {
  test('flat: every node and edge, ids and our keys in data, classes = type', () => {
    const elements = toCytoscapeElements(graph, { compoundClauses: false });
    expect(elements.nodes.map((n) => n.data.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(elements.nodes[2]).toMatchObject({ classes: 'Measure', data: { label: '研修を"実施"…', type: 'Measure', order: 1.5 } });
    expect(elements.edges.map((e) => e.data.id)).toEqual(graph.edges.map((e) => e.id));
    expect(elements.nodes.some((n) => 'parent' in n.data)).toBe(false);
  });

  test('compound: a child clause is nested in its parent and the HAS_CHILD edge is left out', () => {
    const elements = toCytoscapeElements(graph, { compoundClauses: true });
    expect(elements.nodes[1].data.parent).toBe('clause/Ⅱ');
    expect(elements.edges.map((e) => e.data.type)).toEqual(['UNDER_CLAUSE']);
  });
});

describe('CSV', () => {
  test('nodes: fixed columns, then properties sorted; quotes doubled; line breaks quoted; CRLF', () => {
    const lines = toCsv(graph, 'nodes').split('\r\n');
    expect(lines[0]).toBe('id,type,label,level,ok,order,path,text,title,titleVariants');
    expect(lines[1]).toBe('clause/Ⅱ,Clause,Ⅱ 働き方改革,1,,,Ⅱ,,働き方改革,[]');
    expect(lines[3]).toBe('m/p1/m1,Measure,"研修を""実施""…",,true,1.5,,"A & B < C, ""quoted""\n次の行",,');
  });

  test('edges, and both tables separated by an empty line', () => {
    const edges = toCsv(graph, 'edges');
    expect(edges.split('\r\n')[0]).toBe('id,source,target,type,weight,terms');
    expect(edges.split('\r\n')[2]).toBe('UNDER_CLAUSE:m/p1/m1->clause/Ⅱ.3,m/p1/m1,clause/Ⅱ.3,UNDER_CLAUSE,0.5,"[""a"",""b""]"');
    expect(toCsv(graph, 'both')).toBe(`${toCsv(graph, 'nodes')}\r\n${edges}`);
  });
});

describe('nodeLabel', () => {
  test.each([
    ['Ministry', { nameJa: '内閣府' }, '内閣府'],
    ['PriorityItem', { title: '管理職のマネジメント' }, '管理職のマネジメント'],
    ['Measure', { head: '内閣府では、' }, '内閣府では、…'],
    ['Clause', { path: 'Ⅱ.3.(1)②', title: '管理職のマネジメント能力の向上' }, 'Ⅱ.3.(1)② 管理職のマネジメント能力の向上'],
    ['Clause', { path: '取組計画2(1)', title: '取組計画2(1)' }, '取組計画2(1)'],
    ['Theme', { nameJa: 'テレワーク', nameEn: 'Telework' }, 'テレワーク'],
    ['Theme', {}, 'the-id'],
  ] as const)('%s %j → %s', (type, data, label) => {
    expect(nodeLabel(type, 'the-id', data)).toBe(label);
  });
});
