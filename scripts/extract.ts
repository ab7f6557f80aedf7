/**
 * `npm run -s extract -- <report.txt>`: prints the extracted records as a JSON array in SPEC's shape
 * (one object per ministry; `ministry` is the Japanese name) to stdout. Review notes go to stderr.
 * Exits 1 with a message on a report it cannot read.
 */
import path from 'node:path';
import { loadAlignmentKnowledge } from '../src/ingest/alignment/knowledge';
import { ReportFormatError } from '../src/ingest/errors';
import { loadMinistryDirectory } from '../src/ingest/ministryDirectory';
import { parseReport } from '../src/ingest/parseReport';
import { readReportFile } from '../src/ingest/readReport';

async function main(argv: string[]): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    process.stderr.write('usage: npm run -s extract -- <report.txt>\n');
    return 2;
  }
  try {
    const knowledge = await loadAlignmentKnowledge();
    const records = parseReport(readReportFile(file), { directory: loadMinistryDirectory(), source: path.basename(file), knowledge });
    process.stdout.write(`${JSON.stringify(records.ministries, null, 2)}\n`);
    if (records.review.length > 0) process.stderr.write(`${records.review.length} notes for review (see npm run ingest for the list)\n`);
    return 0;
  } catch (error) {
    if (error instanceof ReportFormatError) {
      process.stderr.write(`extract: ${file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
