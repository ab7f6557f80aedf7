/**
 * `npm run db:start|db:stop|db:status` — manage the local Neo4j engine (see src/db/localNeo4j.ts).
 * Settings come from src/config.ts: NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP, NEO4J_PAGECACHE.
 * Exit status: 0 on success (stop/status also when nothing runs), 1 with a message on failure,
 * 2 on a usage error.
 */
import { loadConfig } from '../src/config';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../src/db/localNeo4j';
import { printedHelp } from './help';

const USAGE = 'usage: npm run db:start | db:stop | db:status   (NEO4J_BOLT_PORT, NEO4J_DATA_DIR, NEO4J_HEAP, NEO4J_PAGECACHE)\n';

async function main(command: string | undefined): Promise<number> {
  if (printedHelp(process.argv.slice(2), USAGE)) return 0;
  if (command !== 'start' && command !== 'stop' && command !== 'status') {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadConfig();
  const opts = {
    boltPort: config.neo4jBoltPort,
    dataDir: config.neo4jDataDir,
    heap: config.neo4jHeap,
    pageCache: config.neo4jPageCache,
    log: (line: string) => console.log(line),
  };
  if (command === 'start') {
    const r = await startLocalNeo4j(opts);
    if (!r.alreadyRunning) {
      const build = r.buildMs === undefined ? 'no build needed' : `Maven build ${(r.buildMs / 1000).toFixed(1)} s`;
      console.log(`Timings: ${build}; start to Bolt ready ${(r.startMs / 1000).toFixed(1)} s`);
    }
    console.log(`NEO4J_URI=${r.boltUri} (auth disabled; pid ${r.pid}; logs in ${config.neo4jDataDir})`);
  } else if (command === 'stop') {
    await stopLocalNeo4j(opts);
  } else {
    const s = await localNeo4jStatus(opts);
    console.log(s.running ? `running: pid ${s.pid}, ${s.boltUri}, data ${s.dataDir}` : `not running (data ${s.dataDir})`);
  }
  return 0;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`db ${process.argv[2]}: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
