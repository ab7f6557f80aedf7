/** The bundled report parsed and run through discovery, as the ingest does (for unit tests of discovery). */
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { discover, type DiscoveryRecords } from '../../src/discovery/discover';
import { loadAlignmentKnowledge } from '../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../src/ingest/ministryDirectory';
import { parseReport } from '../../src/ingest/parseReport';
import { readReportFile } from '../../src/ingest/readReport';
import type { ReportRecords } from '../../src/ingest/records';

export async function discoverBundledReport(): Promise<{ records: ReportRecords; discovery: DiscoveryRecords }> {
  const knowledge = await loadAlignmentKnowledge();
  const records = parseReport(readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt')), { directory: loadMinistryDirectory(), source: 'r6', knowledge });
  return { records, discovery: discover(records, knowledge.analyser, knowledge.taxonomy) };
}
