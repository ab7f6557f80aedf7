/**
 * CSV for spreadsheets (RFC 4180: comma, double quotes, CRLF): a nodes table (`id,type,label`, then
 * one column per property) and an edges table (`id,source,target,type,weight`, then properties).
 * Lists and objects are written as JSON.
 */
import type { Graph } from '../model';

export type CsvPart = 'nodes' | 'edges' | 'both';

/** The nodes table, the edges table, or both (nodes, an empty line, edges). */
export function toCsv(graph: Graph, part: CsvPart): string {
  const nodes = () =>
    table(
      ['id', 'type', 'label'],
      graph.nodes.map((n) => ({ ...n.data, id: n.id, type: n.type, label: n.label })),
    );
  const edges = () =>
    table(
      ['id', 'source', 'target', 'type', 'weight'],
      graph.edges.map((e) => ({ ...e.data, id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight })),
    );
  switch (part) {
    case 'nodes':
      return nodes();
    case 'edges':
      return edges();
    case 'both':
      return `${nodes()}\r\n${edges()}`;
  }
}

function table(fixed: readonly string[], records: readonly Record<string, unknown>[]): string {
  const extra = [...new Set(records.flatMap((r) => Object.keys(r)))].filter((k) => !fixed.includes(k)).sort();
  const columns = [...fixed, ...extra];
  const rows = [columns, ...records.map((r) => columns.map((c) => cellText(r[c])))];
  return rows.map((cells) => `${cells.map(quote).join(',')}\r\n`).join('');
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Quotes a cell when it holds a comma, quote or line break (quotes doubled). */
export function quote(cell: string): string {
  return /[",\r\n]/u.test(cell) ? `"${cell.replace(/"/gu, '""')}"` : cell;
}
