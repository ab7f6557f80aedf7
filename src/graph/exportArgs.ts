/**
 * The arguments of `npm run -s export`: output format, seeds (`kind:value`), depth, limit, and the
 * CSV part. Pure, so the command's contract is unit-tested without a database.
 */
import { parseArgs } from 'node:util';
import { normalizeClausePath } from '../ingest/clauses/clausePath';
import type { FacetDimension } from '../../loaders/readers';
import { FACET_DIMENSIONS } from '../facets/facetTable';
import { guidelineClauseId } from '../model/ids';
import type { GraphStart } from './expandGraph';
import type { CsvPart } from './formats/csv';
import { MAX_DEPTH } from './model';

export type ExportFormat = 'graphml' | 'cytoscape' | 'csv';

export interface ExportArgs {
  readonly format: ExportFormat;
  readonly start: GraphStart;
  readonly depth: number;
  readonly limit: number;
  readonly part: CsvPart;
  /** The fiscal year whose report is exported; null: the latest loaded. */
  readonly fiscalYear: number | null;
  /** With --facets: the facet table of these dimensions instead of the graph (CSV only). */
  readonly facets: readonly FacetDimension[] | null;
  /** With --facets: the years counted (--years), null: facets' default. */
  readonly fiscalYears: readonly number[] | null;
}

/** Exports are not bounded like API answers: by default the whole graph fits. */
export const DEFAULT_EXPORT_LIMIT = 100_000;

export const EXPORT_USAGE = `usage: npm run -s export -- --format graphml|cytoscape|csv [--seed KIND:VALUE …] [--depth N] [--limit N] [--part nodes|edges|both] [--year YYYY]
       npm run -s export -- --format csv --facets DIM[,DIM…] [--years YYYY[,YYYY…]]
  --format   graphml (Gephi, yEd), cytoscape (Cytoscape desktop / Cytoscape.js JSON), csv (spreadsheets)
  --seed     ministry:<id> | measure:<id> | clause:<path> | theme:<id>, repeatable; none: the whole graph
  --depth    hops from the seeds, 0–${MAX_DEPTH} (default 1)
  --limit    most nodes (default ${DEFAULT_EXPORT_LIMIT})
  --part     csv only: nodes, edges, or both (default: the nodes table, an empty line, the edges table)
  --year     the fiscal year's report, e.g. 2024 for 令和6年度 (default: the latest loaded)
  --facets   the overview table instead of the graph: counts of measures by MINISTRY, CLAUSE_SECTION,
             CLAUSE, THEME, STATUS, FISCAL_YEAR (1 to 4, comma-separated; as the facets query)
  --years    with --facets: the fiscal years counted (default: the latest; every loaded year with FISCAL_YEAR)`;

/** A command line that does not follow EXPORT_USAGE. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses the command line (after `--`). Throws UsageError naming what was expected and what came. */
export function parseExportArgs(argv: readonly string[]): ExportArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        format: { type: 'string' },
        seed: { type: 'string', multiple: true },
        depth: { type: 'string' },
        limit: { type: 'string' },
        part: { type: 'string' },
        year: { type: 'string' },
        facets: { type: 'string' },
        years: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const format = values.format;
  if (format !== 'graphml' && format !== 'cytoscape' && format !== 'csv') {
    throw new UsageError(`--format must be graphml, cytoscape or csv; got ${JSON.stringify(format ?? '(none)')}`);
  }
  const part = values.part ?? 'both';
  if (part !== 'nodes' && part !== 'edges' && part !== 'both') throw new UsageError(`--part must be nodes, edges or both; got ${JSON.stringify(part)}`);
  if (values.part !== undefined && format !== 'csv') throw new UsageError('--part applies to --format csv only');
  const depth = integer(values.depth, '--depth', 1, 0, MAX_DEPTH);
  const limit = integer(values.limit, '--limit', DEFAULT_EXPORT_LIMIT, 1, Number.MAX_SAFE_INTEGER);
  const seeds = values.seed ?? [];
  const fiscalYear = values.year === undefined ? null : integer(values.year, '--year', 0, 1989, 2999);
  const facets = values.facets === undefined ? null : facetDimensions(values.facets);
  if (facets !== null && format !== 'csv') throw new UsageError('--facets writes a table: use it with --format csv');
  if (facets !== null && (seeds.length > 0 || values.depth !== undefined || values.part !== undefined || values.year !== undefined)) {
    throw new UsageError('--facets counts measures: --seed, --depth, --part and --year do not apply (use --years)');
  }
  if (values.years !== undefined && facets === null) throw new UsageError('--years goes with --facets');
  const fiscalYears = values.years === undefined ? null : values.years.split(',').map((y) => integer(y.trim(), '--years', 0, 1989, 2999));
  return { format, part, depth, limit, fiscalYear, facets, fiscalYears, start: seeds.length === 0 ? { kind: 'all' } : { kind: 'seeds', ids: seedIds(seeds) } };
}

function facetDimensions(raw: string): FacetDimension[] {
  const dims = raw.split(',').map((d) => d.trim().toUpperCase());
  const unknown = dims.filter((d) => !(FACET_DIMENSIONS as readonly string[]).includes(d));
  if (dims.length === 0 || unknown.length > 0) throw new UsageError(`--facets must list dimensions among ${FACET_DIMENSIONS.join(', ')}; got ${JSON.stringify(raw)}`);
  return dims as FacetDimension[];
}

function integer(raw: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!/^\d+$/u.test(raw) || n < min || n > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}; got ${JSON.stringify(raw)}`);
  return n;
}

function seedIds(specs: readonly string[]) {
  const ids = { ministryIds: [] as string[], measureIds: [] as string[], clauseIds: [] as string[], themeIds: [] as string[], nodeIds: [] as string[] };
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    const kind = colon === -1 ? '' : spec.slice(0, colon);
    const value = spec.slice(colon + 1);
    if (colon === -1 || value === '') throw new UsageError(`--seed must be KIND:VALUE (ministry:<id>, measure:<id>, clause:<path>, theme:<id>); got ${JSON.stringify(spec)}`);
    switch (kind) {
      case 'ministry':
        ids.ministryIds.push(value);
        break;
      case 'measure':
        ids.measureIds.push(value);
        break;
      case 'theme':
        ids.themeIds.push(value);
        break;
      case 'clause': {
        const path = normalizeClausePath(value);
        if (path === null) throw new UsageError(`--seed clause:<path> needs a guideline clause path such as Ⅱ.3.(1)② or II.3.(1)2; got ${JSON.stringify(value)}`);
        ids.clauseIds.push(guidelineClauseId(path));
        break;
      }
      default:
        throw new UsageError(`--seed kind must be ministry, measure, clause or theme; got ${JSON.stringify(kind)} in ${JSON.stringify(spec)}`);
    }
  }
  return ids;
}
