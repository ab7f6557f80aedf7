/**
 * The one place the metamorphic generator and its tests call the extraction: loads once what
 * `parseReport` needs (the ministry directory, the alignment knowledge) and returns a function from
 * report text to records.
 */
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import type { ReportRecords } from '../../src/ingest/records';

export type Extract = (text: string, source?: string) => ReportRecords;

/** An extraction function with its options loaded. */
export async function loadExtractor(): Promise<Extract> {
  const directory = loadMinistryDirectory();
  const knowledge = await loadAlignmentKnowledge();
  return (text, source = 'report.txt') => parseReport(text, { directory, source, knowledge });
}
