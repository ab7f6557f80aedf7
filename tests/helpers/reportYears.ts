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

/**
 * The bundled report with one measure left out — the last measure of the first priority item that
 * has several (found by parsing, not by line number) — and a word changed in the measure before it:
 * the same fiscal year, a different graph (ids, counts, texts and similarities move).
 */
export async function changedBundledReport(): Promise<{ text: string; droppedHead: string; changedHead: string }> {
  const { loadAlignmentKnowledge } = await import('../../src/ingest/alignment/knowledge');
  const { loadMinistryDirectory } = await import('../../src/ingest/ministryDirectory');
  const { parseReport } = await import('../../src/ingest/parseReport');
  const text = fs.readFileSync(BUNDLED_REPORT, 'utf8');
  const records = parseReport(text, { directory: loadMinistryDirectory(), source: 'r6', knowledge: await loadAlignmentKnowledge() });
  const item = records.ministries.flatMap((m) => m.priorityItems).find((p) => p.measures.length >= 2);
  if (!item) throw new Error('the bundled report has no priority item with two measures');
  const dropped = item.measures[item.measures.length - 1];
  const changed = item.measures[item.measures.length - 2];
  const lines = text.split('\n');
  // The changed measure's first line gets a marker word; the dropped measure's lines go.
  lines[changed.lineStart - 1] = lines[changed.lineStart - 1].replace(/^(\s*(?:【[^】]*】)?\s*[・○]?)/u, '$1（改訂）');
  lines.splice(dropped.lineStart - 1, dropped.lineEnd - dropped.lineStart + 1);
  return { text: lines.join('\n'), droppedHead: dropped.head, changedHead: changed.head };
}
