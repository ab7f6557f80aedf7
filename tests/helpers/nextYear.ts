/** The bundled report and synthetic next years of it, parsed as the ingest parses them (for the lineage tests). */
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { loadTaxonomy, type Taxonomy } from '../../src/discovery/taxonomy';
import { loadAlignmentKnowledge, type LoadedKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory, type MinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import type { ReportRecords } from '../../src/ingest/records';
import { synthesizeNextYear, type NextYearOptions, type NextYearReport } from '../../src/synth/synthesizeNextYear';

export interface Bundled {
  readonly text: string;
  readonly records: ReportRecords;
  readonly directory: MinistryDirectory;
  readonly taxonomy: Taxonomy;
  readonly knowledge: LoadedKnowledge;
}

export async function bundledReport(): Promise<Bundled> {
  const text = readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
  const directory = loadMinistryDirectory();
  const knowledge = await loadAlignmentKnowledge();
  return { text, records: parseReport(text, { directory, source: 'wlb-followup-r6.txt', knowledge }), directory, taxonomy: loadTaxonomy(), knowledge };
}

const made = new Map<string, NextYearReport & { records: ReportRecords }>();

/** A synthetic next year of the bundled report, with its parse (made once per test file and options). */
export function nextYear(bundled: Bundled, options: Omit<NextYearOptions, 'taxonomy'>): NextYearReport & { records: ReportRecords } {
  const key = JSON.stringify(options);
  if (!made.has(key)) {
    const report = synthesizeNextYear(bundled.text, bundled.records, { ...options, taxonomy: bundled.taxonomy });
    made.set(key, { ...report, records: parseReport(report.text, { directory: bundled.directory, source: `synthetic-${options.seed}.txt`, knowledge: bundled.knowledge }) });
  }
  return made.get(key) as NextYearReport & { records: ReportRecords };
}
