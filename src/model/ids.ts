/**
 * The graph's id scheme, shared by the ingest (which writes ids) and the API (which reads them).
 *
 * Public ids (the GraphQL `id`):
 * - a ministry: its slug from data/ministries.tsv (`cabinet-office`), the same in every year;
 * - a priority item and a measure: the fiscal year of their report, then their place in it
 *   (`2024/cabinet-office/p2`, `2024/cabinet-office/p2/m3`), stable across re-ingests of that report;
 * - a guideline clause: `clause/<canonical path>`; a ministry's plan clause: `plan/<ministry>/<label>`;
 * - a theme: `theme/<slug>`.
 *
 * Every node an ingest writes belongs to one *version* of one fiscal year's report. A new ingest of
 * a year writes a new version beside the current one and switches the year's `(:Report)` to it in
 * one small transaction (src/ingest/versions.ts), so a node's key is the pair (version, id), kept
 * as one property: `uid = <version>|<id>`. Versions look like `fy2024x3fa9c2d1`: letters and
 * digits only, so they are one token for the full-text indexes, which hold them to filter by.
 */
import { randomBytes } from 'node:crypto';

/** The id of an item or measure: its report's fiscal year and its place in the report. */
export function yearScopedId(fiscalYear: number, localId: string): string {
  return `${fiscalYear}/${localId}`;
}

/** The fiscal year an item or measure id starts with, or null for ids without one. */
export function fiscalYearOfId(id: string): number | null {
  const match = /^(\d{4})\//u.exec(id);
  return match ? Number(match[1]) : null;
}

/** Id of a guideline clause node. */
export const guidelineClauseId = (path: string): string => `clause/${path}`;

/** Id of a ministry's own plan reference (label compacted: NFKC, white space removed). */
export const planClauseId = (ministryId: string, compactLabel: string): string => `plan/${ministryId}/${compactLabel}`;

/** A new version of a fiscal year's report (unique: eight random hex digits). */
export function newVersion(fiscalYear: number): string {
  return `fy${fiscalYear}x${randomBytes(4).toString('hex')}`;
}

/** The fiscal year a version belongs to. */
export function fiscalYearOfVersion(version: string): number {
  const match = /^fy(\d{4})x[0-9a-z]+$/u.exec(version);
  if (!match) throw new TypeError(`not a report version: ${JSON.stringify(version)} (expected fy<year>x<hex>)`);
  return Number(match[1]);
}

/** The key of a node: its version and its public id. */
export const uidOf = (version: string, id: string): string => `${version}|${id}`;

/** Japanese eras the report's banner can name, with the Gregorian year before their first year. */
const ERAS: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };

/**
 * The Gregorian fiscal year of a Japanese one: `令和6年度` → 2024, `令和元年度` → 2019. Digits in
 * any width. Throws a TypeError naming the text when it is not an era year.
 */
export function fiscalYearOf(japanese: string): number {
  const match = /^(令和|平成)([0-9０-９]+|元)年度$/u.exec(japanese.normalize('NFKC').trim());
  if (!match) throw new TypeError(`not a Japanese fiscal year such as 令和6年度: ${JSON.stringify(japanese)}`);
  const n = match[2] === '元' ? 1 : Number(match[2]);
  return ERAS[match[1]] + n;
}

/** The Japanese name of a Gregorian fiscal year from 1989: 2024 → 令和6年度, 2019 → 令和元年度. */
export function japaneseFiscalYear(fiscalYear: number): string {
  const [era, base] = fiscalYear > ERAS.令和 ? ['令和', ERAS.令和] : ['平成', ERAS.平成];
  const n = fiscalYear - base;
  return `${era}${n === 1 ? '元' : n}年度`;
}
