/**
 * The one place the metamorphic generator and its tests call the extraction: loads once what
 * `parseReport` needs (today the ministry directory) and returns a function from report text to
 * records. Async so that what extraction needs may be loaded asynchronously.
 */
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import type { ReportRecords } from '../../src/ingest/records';

export type Extract = (text: string, source?: string) => ReportRecords;

/** An extraction function with its options loaded. */
export async function loadExtractor(): Promise<Extract> {
  const directory = loadMinistryDirectory();
  return (text, source = 'report.txt') => parseReport(text, { directory, source });
}
