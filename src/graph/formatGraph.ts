/**
 * A graph as the text of an export format (what `npm run -s export` writes to stdout).
 */
import type { ExportFormat } from './exportArgs';
import { toCsv, type CsvPart } from './formats/csv';
import { toCytoscapeElements } from './formats/cytoscape';
import { toGraphML } from './formats/graphml';
import type { Graph } from './model';

/** GraphML, Cytoscape JSON (`{ elements }`, flat: Cytoscape desktop has no compound import), or CSV. */
export function formatGraph(graph: Graph, format: ExportFormat, part: CsvPart = 'both'): string {
  switch (format) {
    case 'graphml':
      return toGraphML(graph);
    case 'cytoscape':
      return `${JSON.stringify({ elements: toCytoscapeElements(graph, { compoundClauses: false }) }, null, 1)}\n`;
    case 'csv':
      return toCsv(graph, part);
  }
}
