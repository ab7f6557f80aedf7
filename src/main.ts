/**
 * Entry point: config → database (local engine when NEO4J_URI is unset) → load the bundled report
 * if the graph holds none → GraphQL server. SIGINT/SIGTERM stop accepting, drain in-flight requests,
 * close the driver and stop the local engine this process started.
 */
import { readServedReports } from '../loaders/servedReports';
import { loadConfig, type Config } from './config';
import { openDatabase, type Database } from './db/connect';
import { releaseTokenizer } from './discovery/tokenizer';
import { migrate, MigrationError } from './ingest/migrate';
import { createApp, type App } from './server/app';
import { createLogger, type Logger } from './server/log';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(config, (line) => log.info(line));
  log.info(`connected to Neo4j at ${db.uri} (database ${config.neo4jDatabase})`);
  let app: App | undefined;
  installShutdown(log, () => app, db);
  // A promise nobody awaited failed: a bug to log in full (clients never see it), not a reason to
  // stop serving. Node's default would crash the API and leave the detached local engine running.
  process.on('unhandledRejection', (reason: unknown) => {
    log.error(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
  });
  try {
    // The schema first: a graph written by an earlier version of wlb-graph is moved forward.
    const migrations = await migrate(db.executor);
    if (migrations.applied.length > 0) log.info(`applied migrations: ${migrations.applied.join(', ')}`);
    await loadReportIfEmpty(db, config, log);
    // An ingest at start-up loaded the analyser's dictionary; serving does not use it.
    releaseTokenizer();
    app = createApp({ config, executor: db.executor, log });
    const url = await app.listen(config.port, config.host);
    log.info(`GraphQL API ready at ${url} (health: /healthz, readiness: /readyz)`);
  } catch (error) {
    // Do not leave a local engine we started running behind a failed start.
    await app?.stop();
    await db.close();
    throw error;
  }
}

async function loadReportIfEmpty(db: Database, config: Config, log: Logger): Promise<void> {
  const { reports } = await readServedReports(db.executor);
  if (reports.length > 0) {
    log.info(`graph holds the reports of ${reports.map((r) => `${r.fiscalYear} (${r.fiscalYearJa})`).join(', ')}; not loading`);
    return;
  }
  log.info(`graph holds no report; loading ${config.reportPath}`);
  // Loaded lazily: the ingest pipeline is only needed on a first start.
  const { ingestReport } = await import('./ingest/ingestReport');
  const summary = await ingestReport(db.executor, config.reportPath, {
    progress: (line) => log.info(`[ingest] ${line}`),
    batchSize: config.ingestBatchSize,
    retireGraceMs: config.ingestRetireGraceMs,
    reviewsDir: config.reviewsDir,
  });
  log.info(`loaded ${summary.report.title}: ${summary.ministries} ministries in ${summary.elapsedMs} ms`);
}

function installShutdown(log: Logger, app: () => App | undefined, db: Database): void {
  let shuttingDown = false;
  const shutdown = (signal: string): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info(`${signal}: stopping (draining in-flight requests)`);
    (async () => {
      await app()?.stop();
      await db.close();
      log.info('stopped');
      process.exit(0);
    })().catch((error: unknown) => {
      log.error(`shutdown failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  // A refused migration says what to do; its stack would add nothing.
  const detail = error instanceof MigrationError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`${new Date().toISOString()} ERROR start-up failed: ${detail}\n`);
  process.exitCode = 1;
});
