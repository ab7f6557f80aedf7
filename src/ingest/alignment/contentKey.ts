/**
 * Content keys for titles and rows: the first 12 hex digits of the SHA-256 of the text in NFKC with
 * all white space removed. They name a title or a row by what it says, not by where it is printed, so
 * they survive re-extraction, page breaks, added blank lines and full/half-width variants; a review
 * (`parseReport`'s `reviews`) names titles and rows by them.
 */
import { createHash } from 'node:crypto';
import type { ReportLine } from '../blocks';
import type { TableRow } from '../rows';
import { compact } from '../text';

/** The content key of a text. */
export function contentKey(text: string): string {
  return createHash('sha256').update(compact(text), 'utf8').digest('hex').slice(0, 12);
}

/** A row's A and B text as one string (line breaks dropped: they are the PDF's, not the author's). */
export function rowText(row: TableRow): string {
  const text = (blocks: readonly (readonly ReportLine[])[]): string => blocks.flat().map((l) => l.text).join('');
  return text(row.a) + text(row.b);
}

/** The content key of a row: of its A text followed by its B text. */
export function rowKey(row: TableRow): string {
  return contentKey(rowText(row));
}
