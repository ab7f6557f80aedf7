/**
 * The export command line: formats, seeds of each kind (clause paths as users type them), depth,
 * limit, CSV parts, and the messages of a bad line.
 */
import { DEFAULT_EXPORT_LIMIT, parseExportArgs, UsageError } from '../../../src/graph/exportArgs';

test('no seed: the whole graph, default limit', () => {
  expect(parseExportArgs(['--format', 'graphml'])).toEqual({ format: 'graphml', part: 'both', depth: 1, limit: DEFAULT_EXPORT_LIMIT, fiscalYear: null, facets: null, fiscalYears: null, start: { kind: 'all' } });
});

test('seeds of each kind, repeatable; clause paths normalised to clause node ids', () => {
  const args = parseExportArgs(['--format=csv', '--seed', 'ministry:cabinet-office', '--seed', 'clause:II.3.(1)2', '--seed', 'measure:a/p1/m1', '--seed', 'theme:theme/telework', '--depth', '2', '--part', 'edges', '--limit', '50', '--year', '2024']);
  expect(args).toEqual({
    format: 'csv',
    part: 'edges',
    depth: 2,
    limit: 50,
    fiscalYear: 2024,
    facets: null,
    fiscalYears: null,
    start: { kind: 'seeds', ids: { ministryIds: ['cabinet-office'], measureIds: ['a/p1/m1'], clauseIds: ['clause/Ⅱ.3.(1)②'], themeIds: ['theme/telework'], nodeIds: [] } },
  });
});

test('--facets: the overview table of some dimensions, optionally of some years', () => {
  expect(parseExportArgs(['--format', 'csv', '--facets', 'ministry,clause_section', '--years', '2024, 2025'])).toMatchObject({ facets: ['MINISTRY', 'CLAUSE_SECTION'], fiscalYears: [2024, 2025] });
});

test.each([
  [[], /--format must be graphml, cytoscape or csv; got "\(none\)"/u],
  [['--format', 'png'], /--format must be .* got "png"/u],
  [['--format', 'csv', '--part', 'rows'], /--part must be nodes, edges or both; got "rows"/u],
  [['--format', 'graphml', '--part', 'nodes'], /--part applies to --format csv only/u],
  [['--format', 'graphml', '--depth', '4'], /--depth must be an integer from 0 to 3; got "4"/u],
  [['--format', 'graphml', '--limit', '0'], /--limit must be an integer from 1/u],
  [['--format', 'graphml', '--seed', 'cabinet-office'], /--seed must be KIND:VALUE .* got "cabinet-office"/u],
  [['--format', 'graphml', '--year', 'r6'], /--year must be an integer from 1989 to 2999; got "r6"/u],
  [['--format', 'graphml', '--facets', 'MINISTRY'], /--facets writes a table: use it with --format csv/u],
  [['--format', 'csv', '--facets', 'MINISTRY,COLOUR'], /--facets must list dimensions among MINISTRY, .* got "MINISTRY,COLOUR"/u],
  [['--format', 'csv', '--facets', 'MINISTRY', '--seed', 'ministry:x'], /--facets counts measures: --seed, --depth, --part and --year do not apply/u],
  [['--format', 'csv', '--years', '2024'], /--years goes with --facets/u],
  [['--format', 'graphml', '--seed', 'agency:x'], /--seed kind must be ministry, measure, clause or theme; got "agency"/u],
  [['--format', 'graphml', '--seed', 'clause:chapter two'], /guideline clause path .* got "chapter two"/u],
  [['--format', 'graphml', '--verbose'], /Unknown option '--verbose'/u],
])('%j is a UsageError', (argv, message) => {
  expect(() => parseExportArgs(argv)).toThrow(UsageError);
  expect(() => parseExportArgs(argv)).toThrow(message);
});
