/**
 * `npm run -s extract -- <report.txt> [--reviewed]`: prints the extracted records as a JSON array in
 * SPEC's shape (one object per ministry; `ministry` is the Japanese name) to stdout: the machine's own
 * reading, or with `--reviewed` the reading with the people's decisions of the report's review file
 * (data/reviews/, see `npm run review`) applied. Review notes go to stderr. Exits 1 with a message on
 * a report (or review file) it cannot read, 2 on a bad command line.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config';
import { ReportFormatError } from '../src/ingest/errors';
import { extractReport } from '../src/ingest/extractReport';
import { StaleReviewError } from '../src/ingest/reviews/applyReviews';
import { ReviewFileError } from '../src/ingest/reviews/reviewFile';
import { printedHelp } from './help';

const USAGE = 'usage: npm run -s extract -- <report.txt> [--reviewed]\n';

async function main(argv: string[]): Promise<number> {
  if (printedHelp(argv, USAGE)) return 0;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { reviewed: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  try {
    const reviewsDir = parsed.values.reviewed ? loadConfig().reviewsDir : null;
    const { records, reviews, reviewFile } = await extractReport(file, { reviewsDir });
    process.stdout.write(`${JSON.stringify(records.ministries, null, 2)}\n`);
    if (reviewFile) process.stderr.write(`${reviews?.decisions.length ?? 0} reviewed alignment(s) applied from ${reviewFile}\n`);
    if (records.review.length > 0) process.stderr.write(`${records.review.length} notes for review (see npm run ingest for the list, npm run review for the doubtful alignments)\n`);
    return 0;
  } catch (error) {
    if (error instanceof ReportFormatError || error instanceof StaleReviewError || error instanceof ReviewFileError || error instanceof ConfigError) {
      process.stderr.write(`extract: ${error instanceof ReportFormatError ? `${file}: ` : ''}${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
