/**
 * Another fiscal year's report from the bundled one, for tests that need several years in one
 * graph: the same content with the banner's year changed (the banner is where the ingest reads the
 * fiscal year from). For a report whose content changes too, see the next-year generator.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config';

export const BUNDLED_REPORT = path.join(projectRoot, 'data', 'wlb-followup-r6.txt');

/** The bundled report's text with its banner saying 令和<reiwa>年度 instead of 令和６年度. */
export function bundledReportOfYear(reiwa: number): string {
  const text = fs.readFileSync(BUNDLED_REPORT, 'utf8');
  const year = String(reiwa).replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const shifted = text.replaceAll('フォローアップ（令和６年度）', `フォローアップ（令和${year}年度）`);
  if (shifted === text) throw new Error('the bundled report has no banner 「フォローアップ（令和６年度）」 to change');
  return shifted;
}

/** Writes `text` to a new temporary file and returns its path. */
export function tempReport(text: string, name = 'report.txt'): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'wlb-report-')), name);
  fs.writeFileSync(file, text);
  return file;
}
