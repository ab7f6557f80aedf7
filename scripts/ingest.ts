/**
 * `npm run ingest -- [report.txt]`: loads a report (default: the bundled one) into Neo4j — the one
 * NEO4J_URI names, or the local engine (started for the run if it is not running) — as the report
 * of its fiscal year (read from its banner), replacing that year and leaving the others. Prints
 * progress and a summary; exits 1 with a message on a bad report or an unreachable database.
 */
import { ConfigError, loadConfig } from '../src/config';
import { openDatabase } from '../src/db/connect';
import { DatabaseUnavailableError } from '../src/db/errors';
import { ReportFormatError } from '../src/ingest/errors';
import { StaleReviewError } from '../src/ingest/reviews/applyReviews';
import { ReviewFileError } from '../src/ingest/reviews/reviewFile';
import { formatSummary, ingestReport } from '../src/ingest/ingestReport';
import { MigrationError } from '../src/ingest/migrate';
import { readReportFile } from '../src/ingest/readReport';
import { printedHelp } from './help';

const USAGE = 'usage: npm run ingest -- [report.txt]   (default: WLB_REPORT, else the bundled report)\n';

async function main(argv: string[]): Promise<number> {
  if (printedHelp(argv, USAGE)) return 0;
  if (argv.length > 1 || argv[0]?.startsWith('-')) {
    process.stderr.write(USAGE);
    return 2;
  }
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      log(`ingest: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const file = argv[0] ?? config.reportPath;
  // A report that cannot be read is said before a database is started for it.
  try {
    readReportFile(file);
  } catch (error) {
    if (error instanceof ReportFormatError) {
      log(`ingest: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const db = await openDatabase(config, log);
  try {
    const summary = await ingestReport(db.executor, file, {
      progress: log,
      batchDelayMs: config.ingestBatchDelayMs,
      batchSize: config.ingestBatchSize,
      retireGraceMs: config.ingestRetireGraceMs,
      reviewsDir: config.reviewsDir,
    });
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ReportFormatError || error instanceof DatabaseUnavailableError || error instanceof StaleReviewError || error instanceof ReviewFileError || error instanceof MigrationError) {
      log(`ingest: ${error instanceof ReportFormatError ? `${file}: ` : ''}${error.message}`);
      log('ingest: the graph was left as it was.');
      return 1;
    }
    throw error;
  } finally {
    await db.close();
  }
}

// Progress is for whoever reads it: a reader that goes away (`npm run ingest | head`) must not kill
// an ingest halfway (it would be safe — the served graph stays — but the report would not be loaded).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`ingest failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
