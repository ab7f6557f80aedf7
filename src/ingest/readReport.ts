/**
 * Reads a report file as text, refusing what is not one: a missing or empty file, binary data, or
 * bytes that are not UTF-8 — each with a message that says what was expected and where it failed.
 */
import fs from 'node:fs';
import { ReportFormatError } from './errors';

/** The file's text. Throws `ReportFormatError`. */
export function readReportFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ReportFormatError(`cannot read the report ${file}: ${reason}`);
  }
  if (bytes.length === 0) throw new ReportFormatError(`${file} is empty: expected the plain text of the follow-up report`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new ReportFormatError(`${file} is binary (a NUL byte at offset ${nul}): expected the report as UTF-8 text, e.g. pdftotext output`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new ReportFormatError(`${file} is not UTF-8 text (invalid byte sequence near offset ${firstInvalidUtf8(bytes)}): convert it to UTF-8 first`);
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
