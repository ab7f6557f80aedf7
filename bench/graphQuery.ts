/**
 * `npx tsx bench/graphQuery.ts`: times the `graph` query over HTTP (an in-process app on a free
 * port, on the database the configuration names, loaded with a report) — the whole graph and
 * typical neighbourhoods — and prints a markdown table: nodes, edges, first call, median and p95
 * of 20 warm calls. Prints the load average too: the machine may be shared.
 */
import os from 'node:os';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/connect';
import { createApp } from '../src/server/app';

const CASES: { name: string; args: string }[] = [
  { name: 'whole graph (`seed: { all: true }`, limit 2000)', args: 'seed: { all: true }, limit: 2000' },
  { name: 'whole graph without SIMILAR_TO (the explorer’s first view)', args: 'seed: { all: true }, limit: 2000, edgeTypes: ["HAS_PRIORITY", "HAS_MEASURE", "UNDER_CLAUSE", "HAS_CHILD", "HAS_PLAN_CLAUSE", "HAS_THEME"]' },
  { name: 'ministry, depth 1', args: 'seed: { ministryIds: ["cabinet-office"] }' },
  { name: 'ministry, depth 3', args: 'seed: { ministryIds: ["cabinet-office"] }, depth: 3, limit: 2000' },
  { name: 'clause Ⅱ.3.(1)②, depth 2', args: 'seed: { clausePaths: ["Ⅱ.3.(1)②"] }, depth: 2, limit: 2000' },
  { name: 'measure, depth 1', args: 'seed: { measureIds: ["cabinet-office/p4/m1"] }' },
];
const WARM = 20;

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, (line) => process.stderr.write(`${line}\n`));
  const app = createApp({ config, executor: db.executor });
  try {
    const url = await app.listen(0);
    const rows: string[] = [];
    for (const c of CASES) {
      const query = `{ graph(${c.args}) { nodes { id type label data } edges { id source target type weight data } truncated } }`;
      const times: number[] = [];
      let size = '';
      for (let i = 0; i <= WARM; i++) {
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        const body = (await response.json()) as { data?: { graph: { nodes: unknown[]; edges: unknown[] } }; errors?: unknown };
        times.push(performance.now() - started);
        if (!body.data) throw new Error(`${c.name}: ${JSON.stringify(body.errors)}`);
        size = `${body.data.graph.nodes.length} | ${body.data.graph.edges.length}`;
      }
      const warm = times.slice(1).sort((a, b) => a - b);
      const at = (q: number) => warm[Math.min(warm.length - 1, Math.floor(q * warm.length))].toFixed(0);
      rows.push(`| ${c.name} | ${size} | ${times[0].toFixed(0)} | ${at(0.5)} | ${at(0.95)} |`);
    }
    console.log(`load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores\n`);
    console.log('| graph query | nodes | edges | first (ms) | median (ms) | p95 (ms) |\n| --- | --- | --- | --- | --- | --- |');
    console.log(rows.join('\n'));
  } finally {
    await app.stop();
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
