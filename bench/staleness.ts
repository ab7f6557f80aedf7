/**
 * Staleness: how long each server keeps serving old answers after an ingest makes a new version
 * of the year current. A changed report of the same year is written (one character of one
 * measure's text changed, the same width, so the report parses into the same structure), every
 * server is polled with a probe that reads that measure's text, the changed report is ingested,
 * and each server's answers are timed from the switch to the first fresh answer after which none
 * is old. The switch's time is the report's `loadedAt`, set by the transaction that points the year
 * at the new version (Neo4j runs on the same machine, so on the same clock): it is a little before
 * that transaction commits, so a server's staleness is overstated by the commit's duration, never
 * understated. Polls are timed when sent, on the same wall clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { post } from './gql';
import type { Req } from './varied/templates';

export interface ChangedReport {
  readonly file: string;
  readonly measureId: string;
  /** A few characters of the measure's text around the change, before and after it. */
  readonly before: string;
  readonly after: string;
}

const PARTICLES = 'のをにはがでと';

/**
 * Writes `report` with one particle of one measure's text (the first measure whose first line has
 * one with two characters either side) turned into its katakana twin (の → ノ: same width), into
 * `dir`. Reads the measures' texts and lines from our API at `url`.
 */
export async function writeChangedReport(report: string, url: string, dir: string): Promise<ChangedReport> {
  const lines = fs.readFileSync(report, 'utf8').split('\n');
  const answer = await post(url, { query: '{ measures(first: 100) { edges { node { id text source { lineStart } } } } }' });
  if (answer.errors || !answer.data) throw new Error(`staleness: cannot read measures: ${JSON.stringify(answer.errors)}`);
  for (const { node } of answer.data.measures.edges as { node: { id: string; text: string; source: { lineStart: number } } }[]) {
    const line = lines[node.source.lineStart - 1] ?? '';
    const match = new RegExp(`(?<=[^\\s]{2})[${PARTICLES}](?=[^\\s]{2})`, 'u').exec(line);
    if (!match) continue;
    const at = match.index;
    const before = line.slice(at - 2, at + 3);
    const changed = String.fromCharCode(line.charCodeAt(at) + 0x60);
    const after = line.slice(at - 2, at) + changed + line.slice(at + 1, at + 3);
    if (!node.text.includes(before) || node.text.includes(after)) continue;
    lines[node.source.lineStart - 1] = line.slice(0, at) + changed + line.slice(at + 1);
    const file = path.join(dir, `changed-${path.basename(report)}`);
    fs.writeFileSync(file, lines.join('\n'));
    return { file, measureId: node.id, before, after };
  }
  throw new Error('staleness: no measure line with a particle to change');
}

export interface ProbeTarget {
  readonly name: string;
  readonly url: string;
  readonly probe: Req;
  /** The texts the answer carries (one for ours; one per version the anchor sees). */
  readonly texts: (data: any) => string[];
}

export type ProbeState = 'old' | 'new' | 'mixed' | 'missing' | 'error';

export interface StalenessFigures {
  readonly name: string;
  readonly polls: number;
  /** The first poll, from the switch (negative: before it); a cache stores the old answer then. */
  readonly firstPollMs: number | null;
  /** From the switch to the first answer after which every answer was new (the staleness); null: never within the time-out. */
  readonly freshAfterMs: number | null;
  /** The last answer after the switch still old or mixed, from the switch (null: none). */
  readonly lastOldMs: number | null;
  /** The first new answer, from the switch (negative: before the switch — it read the staged version). */
  readonly firstNewMs: number | null;
  /** Answers that held both the old and the new text (a server that does not tell versions apart). */
  readonly mixed: number;
  readonly errors: number;
}

export interface StalenessResult {
  readonly measureId: string;
  readonly change: string;
  readonly intervalMs: number;
  readonly ingestMs: number;
  /** When the switch happened (its loadedAt), from the ingest's start. */
  readonly switchAtMs: number;
  /** When the ingest's progress said it had switched, from the switch (how late a callback hears of it on a busy machine). */
  readonly switchHeardAfterMs: number | null;
  readonly servers: StalenessFigures[];
}

/** Now, in ms since the epoch with sub-millisecond precision. */
const now = (): number => performance.timeOrigin + performance.now();

/**
 * Polls every target every `intervalMs` from before the ingest until each has answered only new
 * answers for `settleMs` after the ingest ended (or `timeoutMs` after the switch), and times them.
 * `ingest` runs the ingest, calls `switched()` when its progress says it switched, and resolves with
 * the switch's time (the report's loadedAt, ms since the epoch).
 */
export async function measureStaleness(
  targets: readonly ProbeTarget[],
  change: ChangedReport,
  ingest: (switched: () => void) => Promise<number>,
  { intervalMs = 20, settleMs = 2000, timeoutMs = 90_000 }: { intervalMs?: number; settleMs?: number; timeoutMs?: number } = {},
): Promise<StalenessResult> {
  const state = (texts: string[]): ProbeState => {
    if (texts.length === 0) return 'missing';
    const hasNew = texts.some((t) => t.includes(change.after));
    const hasOld = texts.some((t) => !t.includes(change.after));
    return hasNew && hasOld ? 'mixed' : hasNew ? 'new' : 'old';
  };
  const polls = targets.map(() => [] as { sent: number; state: ProbeState }[]);
  let switchAt: number | null = null;
  let ingestDone: number | null = null;
  const done = (i: number): boolean => {
    const t = now();
    if (switchAt !== null && t - switchAt > timeoutMs) return true;
    if (ingestDone === null || t - ingestDone < settleMs) return false;
    const recent = polls[i].filter((p) => p.sent >= t - settleMs);
    return recent.length > 0 && recent.every((p) => p.state === 'new');
  };
  const pollers = targets.map(async (target, i) => {
    while (!done(i)) {
      const sent = now();
      let s: ProbeState;
      try {
        const answer = await post(target.url, target.probe);
        s = answer.errors || !answer.data ? 'error' : state(target.texts(answer.data));
      } catch {
        s = 'error';
      }
      polls[i].push({ sent, state: s });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, intervalMs - (now() - sent))));
    }
  });
  // Every server has answered (and a cache stored) the old text before the ingest starts.
  while (polls.some((p) => !p.some((x) => x.state === 'old'))) await new Promise((resolve) => setTimeout(resolve, intervalMs));
  const ingestStart = now();
  let heard: number | null = null;
  switchAt = await ingest(() => (heard = now()));
  ingestDone = now();
  await Promise.all(pollers);
  const t0 = switchAt;
  const rel = (t: number | undefined) => (t === undefined ? null : Math.round(t - t0));
  return {
    measureId: change.measureId,
    change: `${change.before} → ${change.after}`,
    intervalMs,
    ingestMs: Math.round(ingestDone - ingestStart),
    switchAtMs: Math.round(t0 - ingestStart),
    switchHeardAfterMs: heard === null ? null : Math.round((heard as number) - t0),
    servers: targets.map((target, i) => {
      const list = polls[i];
      const lastNotNew = [...list].reverse().find((p) => p.state !== 'new');
      const freshFrom = lastNotNew ? list[list.indexOf(lastNotNew) + 1] : list[0];
      const lastOld = [...list].reverse().find((p) => p.sent >= t0 && (p.state === 'old' || p.state === 'mixed'));
      return {
        name: target.name,
        polls: list.length,
        firstPollMs: rel(list[0]?.sent),
        freshAfterMs: freshFrom ? Math.max(0, rel(freshFrom.sent) ?? 0) : null,
        lastOldMs: rel(lastOld?.sent),
        firstNewMs: rel(list.find((p) => p.state === 'new')?.sent),
        mixed: list.filter((p) => p.state === 'mixed').length,
        errors: list.filter((p) => p.state === 'error').length,
      };
    }),
  };
}

/** Light load beside the probe: `connections` loops posting `bodies` in turn until stopped. */
export function backgroundLoad(url: string, bodies: readonly string[], connections: number): { stop(): Promise<{ requests: number; graphqlErrors: number; failures: number }> } {
  let running = true;
  let next = 0;
  const figures = { requests: 0, graphqlErrors: 0, failures: 0 };
  const loops = Array.from({ length: connections }, async () => {
    while (running) {
      const body = bodies[next++ % bodies.length];
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const text = await response.text();
        figures.requests++;
        if (!response.ok) figures.failures++;
        else if (text.includes('"errors":')) figures.graphqlErrors++;
      } catch {
        figures.failures++;
      }
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return figures;
    },
  };
}
