/**
 * `facets` against the real Neo4j holding the bundled report as 2024 and the same report as 2025:
 * the counts by ministry, guideline section, clause, status and ministry × status equal those
 * worked out here from the extracted records (so by default only the latest year is counted);
 * FISCAL_YEAR counts both years; filters agree with the other queries; argument errors; one round
 * trip. Prints the ministry × status table.
 */
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import type { ReportRecords } from '../../src/ingest/records';
import { BUNDLED_REPORT, bundledReportOfYear, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(60_000);

const api = useApi({ alsoLoad: [tempReport(bundledReportOfYear(7), 'r7.txt')] });

/** The report's status tags as the API names them. */
const STATUS: Record<string, string> = { 新規: 'NEW', 継続: 'CONTINUING', '新規・継続': 'NEW_AND_CONTINUING', null: 'UNSPECIFIED' };

interface Expected {
  readonly ministryId: string;
  readonly status: string;
  /** Guideline sections (a part's children) above or at its clauses. */
  readonly sections: string[];
  readonly clauses: readonly string[];
}

let records: ReportRecords;
let measures: Expected[];
beforeAll(async () => {
  records = parseReport(readReportFile(BUNDLED_REPORT), { directory: loadMinistryDirectory(), source: 'r6', knowledge: await loadAlignmentKnowledge() });
  const parentOf = new Map(records.guideline.map((c) => [c.path, c.parentPath]));
  const sectionOf = (path: string): string | null => {
    let at: string | null = path;
    while (at !== null && parentOf.get(at) != null && parentOf.get(parentOf.get(at)!) != null) at = parentOf.get(at)!;
    return at !== null && parentOf.get(at) != null ? at : null; // a part itself has no section
  };
  measures = records.ministries.flatMap((m) =>
    m.priorityItems.flatMap((p) =>
      p.measures.map((x) => {
        if (!(String(x.status) in STATUS)) throw new Error(`unexpected status tag ${x.status}`);
        const sections = [...new Set(x.clauseRefs.map(sectionOf).filter((s): s is string => s !== null))];
        return { ministryId: m.ministryId, status: STATUS[String(x.status)], sections, clauses: x.clauseRefs };
      }),
    ),
  );
});

/** Counts by key (keys of several dimensions joined with |; a missing value is "null"). */
function tally(keysOf: (m: Expected) => string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of measures) for (const key of new Set(keysOf(m))) out[key] = (out[key] ?? 0) + 1;
  return out;
}

const orNull = (keys: string[]): string[] => (keys.length > 0 ? keys : ['null']);

const FACETS = `query ($dimensions: [FacetDimension!]!, $where: FacetWhere, $first: Int) {
  facets(dimensions: $dimensions, where: $where, first: $first) { dimensions fiscalYears measureCount truncated cells { count values { dimension key label } } }
}`;

async function facets(dimensions: string[], where?: Record<string, unknown>, first?: number) {
  return (await api.data(FACETS, { dimensions, where, first })).facets;
}

/** A table's cells as counts by their keys joined with | (null keys as "null"). */
const countsOf = (table: { cells: { count: number; values: { key: string | null }[] }[] }): Record<string, number> =>
  Object.fromEntries(table.cells.map((c) => [c.values.map((v) => String(v.key)).join('|'), c.count]));

describe('counts equal those from the extracted records (the latest year by default)', () => {
  test('MINISTRY: measures per ministry, ministries in report order, named in Japanese; one round trip', async () => {
    const before = api.executor().roundTrips;
    const table = await facets(['MINISTRY']);
    expect(api.executor().roundTrips - before).toBe(1);
    expect(table).toMatchObject({ dimensions: ['MINISTRY'], fiscalYears: [2025], measureCount: measures.length, truncated: false });
    expect(countsOf(table)).toEqual(tally((m) => [m.ministryId]));
    const withMeasures = records.ministries.filter((m) => m.priorityItems.some((p) => p.measures.length > 0));
    expect(table.cells.map((c: any) => c.values[0])).toEqual(withMeasures.map((m) => ({ dimension: 'MINISTRY', key: m.ministryId, label: m.ministry })));
  });

  test('CLAUSE_SECTION: a measure counts once in each section its clauses are in; none is the null key', async () => {
    const table = await facets(['CLAUSE_SECTION']);
    const expected = tally((m) => orNull(m.sections));
    expect(expected.null).toBeGreaterThan(0); // plan clauses only
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    expect(countsOf(table)).toEqual(expected);
    const titles = new Map(records.guideline.map((c) => [c.path, c.title]));
    for (const { values } of table.cells) if (values[0].key !== null) expect(values[0].label).toBe(`${values[0].key} ${titles.get(values[0].key)}`);
    expect(table.cells.reduce((n: number, c: any) => n + c.count, 0)).toBeGreaterThanOrEqual(table.measureCount);
  });

  test('CLAUSE: a measure counts under each guideline clause it names', async () => {
    expect(countsOf(await facets(['CLAUSE']))).toEqual(tally((m) => orNull([...m.clauses])));
  });

  test('STATUS, and MINISTRY × STATUS (the table is printed)', async () => {
    expect(countsOf(await facets(['STATUS']))).toEqual(tally((m) => [m.status]));
    const table = await facets(['MINISTRY', 'STATUS']);
    expect(countsOf(table)).toEqual(tally((m) => [`${m.ministryId}|${m.status}`]));
    for (const { values } of table.cells) expect(values.map((v: any) => v.dimension)).toEqual(['MINISTRY', 'STATUS']);
    console.log(`facets MINISTRY × STATUS (${table.measureCount} measures of ${table.fiscalYears.join(', ')}):\n${pivot(table)}`);
  });
});

describe('years', () => {
  test('FISCAL_YEAR counts every loaded year; where.fiscalYears picks years; without either only the latest', async () => {
    const years = await facets(['FISCAL_YEAR']);
    expect(years).toMatchObject({ fiscalYears: [2024, 2025], measureCount: 2 * measures.length });
    expect(years.cells).toEqual(
      [2024, 2025].map((y) => ({ count: measures.length, values: [{ dimension: 'FISCAL_YEAR', key: String(y), label: y === 2024 ? '令和6年度' : '令和7年度' }] })),
    );
    const byYearAndStatus = countsOf(await facets(['STATUS', 'FISCAL_YEAR']));
    const byStatus = tally((m) => [m.status]);
    expect(byYearAndStatus).toEqual(Object.fromEntries(Object.entries(byStatus).flatMap(([s, n]) => [2024, 2025].map((y) => [`${s}|${y}`, n]))));
    const only2024 = await facets(['FISCAL_YEAR', 'MINISTRY'], { fiscalYears: [2024] });
    expect(only2024.fiscalYears).toEqual([2024]);
    expect(countsOf(only2024)).toEqual(tally((m) => [`2024|${m.ministryId}`]));
    const ministry2024 = await facets(['MINISTRY'], { fiscalYears: [2024] });
    expect(ministry2024).toMatchObject({ fiscalYears: [2024], measureCount: measures.length });
    expect(countsOf(ministry2024)).toEqual(countsOf(await facets(['MINISTRY'])));
  });
});

describe('filters agree with the other queries', () => {
  test('ministryIds, statuses, clausePath (typed) and themeIds', async () => {
    const office = await facets(['STATUS'], { ministryIds: ['cabinet-office'] });
    expect(countsOf(office)).toEqual(tally((m) => (m.ministryId === 'cabinet-office' ? [m.status] : [])));
    const fresh = await facets(['MINISTRY'], { statuses: ['NEW', 'NEW_AND_CONTINUING'] });
    expect(countsOf(fresh)).toEqual(tally((m) => (['NEW', 'NEW_AND_CONTINUING'].includes(m.status) ? [m.ministryId] : [])));
    const under = await facets(['MINISTRY'], { clausePath: 'II.3' });
    const { measures: listed } = await api.data(`{ measures(where: { clausePath: "Ⅱ.3" }, first: 0) { totalCount } }`);
    expect(under.measureCount).toBe(listed.totalCount);
    expect(countsOf(under)).toEqual(tally((m) => (m.clauses.some((c) => c === 'Ⅱ.3' || c.startsWith('Ⅱ.3.')) ? [m.ministryId] : [])));
    const { theme } = await api.data(`{ theme(id: "one-on-one") { measureCount } }`);
    expect((await facets(['STATUS'], { themeIds: ['one-on-one'] })).measureCount).toBe(theme.measureCount);
    expect((await facets(['STATUS'], { themeIds: ['theme/one-on-one'] })).measureCount).toBe(theme.measureCount);
  });

  test('THEME: each theme’s cell is its measureCount; measures without a theme are the null key', async () => {
    const table = await facets(['THEME']);
    const { themes } = await api.data(`{ themes { id nameJa measureCount } }`);
    const counts = countsOf(table);
    for (const t of themes.filter((t: any) => t.measureCount > 0)) expect([t.id, counts[t.id]]).toEqual([t.id, t.measureCount]);
    expect(Object.keys(counts).filter((k) => k !== 'null').sort()).toEqual(themes.filter((t: any) => t.measureCount > 0).map((t: any) => t.id).sort());
    expect(counts.null).toBeGreaterThan(0);
    expect(counts.null).toBeLessThan(table.measureCount);
  });
});

describe('arguments', () => {
  test.each([
    [[], undefined, undefined, /dimensions must name 1 to 4 of MINISTRY, CLAUSE_SECTION, CLAUSE, THEME, STATUS, FISCAL_YEAR; got 0/u],
    [['MINISTRY', 'STATUS', 'MINISTRY'], undefined, undefined, /each dimension once; MINISTRY is repeated/u],
    [['MINISTRY', 'STATUS', 'THEME', 'CLAUSE', 'FISCAL_YEAR'], undefined, undefined, /1 to 4 of .*; got 5/u],
    [['MINISTRY'], undefined, 0, /first must be a whole number from 1 to 10000; got 0/u],
    [['MINISTRY'], undefined, 10_001, /first must be a whole number from 1 to 10000; got 10001/u],
    [['MINISTRY'], { fiscalYears: [] }, undefined, /where\.fiscalYears must name at least one year/u],
    [['MINISTRY'], { clausePath: 'chapter two' }, undefined, /where\.clausePath must be a guideline clause path/u],
  ])('dimensions %j, where %j, first %j: BAD_USER_INPUT', async (dimensions, where, first, message) => {
    const answer = await api.gql(FACETS, { dimensions, where, first });
    expect(answer.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0].message).toMatch(message);
  });

  test('first cuts the cells and says so', async () => {
    const all = await facets(['MINISTRY']);
    expect((await facets(['MINISTRY'], undefined, all.cells.length)).truncated).toBe(false);
    const cut = await facets(['MINISTRY'], undefined, 3);
    expect(cut).toMatchObject({ truncated: true, measureCount: all.measureCount });
    expect(cut.cells).toEqual(all.cells.slice(0, 3));
  });

  test('a cut keeps the first cells in the order of the dimensions as asked, whatever that order', async () => {
    for (const dimensions of [['STATUS', 'MINISTRY'], ['THEME', 'STATUS'], ['MINISTRY', 'THEME']]) {
      const all = await facets(dimensions);
      const cut = await facets(dimensions, undefined, 7);
      expect(cut.truncated).toBe(true);
      expect(cut.cells).toEqual(all.cells.slice(0, 7));
    }
  });
});

/** MINISTRY × STATUS cells as a text table: a row per ministry, a column per status, and totals. */
function pivot(table: { cells: { count: number; values: { key: string | null; label: string | null }[] }[] }): string {
  const statuses = ['NEW', 'CONTINUING', 'NEW_AND_CONTINUING', 'UNSPECIFIED'];
  const rows = new Map<string, { label: string; counts: Record<string, number> }>();
  for (const { count, values } of table.cells) {
    const [ministry, status] = values;
    const row = rows.get(String(ministry.key)) ?? { label: String(ministry.label), counts: {} };
    row.counts[String(status.key)] = count;
    rows.set(String(ministry.key), row);
  }
  const cell = (n: number | string, width: number) => String(n).padStart(width);
  const lines = [`${'ministry'.padEnd(50)}${statuses.map((s) => cell(s.slice(0, 10), 11)).join('')}${cell('total', 7)}`];
  for (const [id, { counts }] of rows) {
    const total = statuses.reduce((n, s) => n + (counts[s] ?? 0), 0);
    lines.push(`${id.padEnd(50)}${statuses.map((s) => cell(counts[s] ?? '·', 11)).join('')}${cell(total, 7)}`);
  }
  return lines.join('\n');
}
