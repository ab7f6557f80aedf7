/** What a bench ran on, recorded beside its figures (load average says whether others were busy). */
import os from 'node:os';

export interface Machine {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  readonly neo4j: string;
  /** 1-minute load average when the bench started and ended: above ~1 others were using the cores. */
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly date: string;
}

/** Call when the bench starts; the function it returns describes the machine (and the engine's heap and page cache) at the end. */
export function machineStart(neo4jHeap = '1g', neo4jPageCache = '512m'): () => Machine {
  const start = os.loadavg()[0];
  return () => ({
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    neo4j: `5.26 Community, embedded (neo4j-local), heap ${neo4jHeap}, page cache ${neo4jPageCache}, same machine`,
    loadAverage: { start: Math.round(start * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 },
    date: new Date().toISOString(),
  });
}

/** The line RESULTS.md prints above a bench's figures: the machine, and whether it was idle. */
export function machineLine(m: Machine): string {
  const busy = m.loadAverage.start > 1 || m.loadAverage.end > 1 ? ' — **the machine was not idle (1-minute load average above 1 at the start, or at the end, where the bench itself counts): figures are noisy**' : '';
  return `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}; Neo4j ${m.neo4j}. ${m.date}. Load average (1 min) ${m.loadAverage.start} at start, ${m.loadAverage.end} at end${busy}.`;
}
