/**
 * GraphML (for Gephi, yEd, NetworkX…): one `<key>` per property with its type (long, double,
 * boolean, string; lists as JSON strings), nodes with `label` and `type`, edges with `type` and
 * `weight` — the names Gephi reads as label and weight.
 */
import type { Graph } from '../model';

type KeyType = 'boolean' | 'long' | 'double' | 'string';

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: KeyType;
}

/** The graph as a GraphML document. */
export function toGraphML(graph: Graph): string {
  // The id property is the node's id attribute already.
  const nodeRecords = graph.nodes.map((n) => ({ ...withoutId(n.data), label: n.label, type: n.type }));
  const edgeRecords = graph.edges.map((e) => ({ ...e.data, type: e.type, weight: e.weight }));
  const nodeKeys = keysOf(nodeRecords, 'n');
  const edgeKeys = keysOf(edgeRecords, 'e');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((k) => `  <key id="${k.id}" for="node" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    ...edgeKeys.map((k) => `  <key id="${k.id}" for="edge" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`),
    '  <graph id="wlb-graph" edgedefault="directed">',
    ...graph.nodes.map((n, i) => `    <node id="${escapeXml(n.id)}">${dataElements(nodeKeys, nodeRecords[i])}</node>`),
    ...graph.edges.map(
      (e, i) => `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${dataElements(edgeKeys, edgeRecords[i])}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

function withoutId(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { id: _id, ...rest } = data;
  return rest;
}

/** A key per property name seen, typed by every value it takes; `label`/`type`/`weight` first. */
function keysOf(records: readonly Record<string, unknown>[], prefix: string): Key[] {
  const types = new Map<string, KeyType>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (value === null || value === undefined) continue;
      types.set(name, widen(types.get(name), valueType(value)));
    }
  }
  const first = ['label', 'type', 'weight'];
  const names = [...types.keys()].sort((a, b) => rank(a, first) - rank(b, first) || a.localeCompare(b));
  return names.map((name, i) => ({ id: `${prefix}${i}`, name, type: types.get(name) as KeyType }));
}

function rank(name: string, first: readonly string[]): number {
  const i = first.indexOf(name);
  return i === -1 ? first.length : i;
}

function valueType(value: unknown): KeyType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  return 'string';
}

/** The narrowest type holding values of both types. */
function widen(a: KeyType | undefined, b: KeyType): KeyType {
  if (a === undefined || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

function dataElements(keys: readonly Key[], record: Record<string, unknown>): string {
  return keys
    .filter((k) => record[k.name] !== null && record[k.name] !== undefined)
    .map((k) => `<data key="${k.id}">${escapeXml(formatValue(record[k.name]))}</data>`)
    .join('');
}

function formatValue(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Escapes XML markup and drops the characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}
