/**
 * The metamorphic report generator: transformed copies of the report whose meaning is unchanged (or
 * changed only as each one's `expect` says), for a test that extraction reads them all alike.
 *
 * `generateReports(original)` gives, deterministically for a seed:
 * - for each transform kind, `singles` reports with that transform alone (removeMinistry: each
 *   ministry once instead);
 * - `compositions` reports with two to four kinds drawn at random and applied in a random order.
 * Each report carries its name (`kinds#seed`), the call that rebuilds it (`replay`, with
 * `generateOne`), notes on what each step did, the text, and the expectation.
 *
 * From the command line: `npx tsx tests/metamorphic/generate.ts --seed 1 --out /tmp/reports`
 * writes each report as `<name>.txt` and a `manifest.json` (options: --report FILE, --singles N,
 * --compositions N).
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import type { ReportRecords } from '../../src/ingest/records';
import { loadExtractor } from './extractor';
import { Random } from './random';
import { buildReportModel, renderReport, type ReportModel } from './reportModel';
import { removeMinistryAt, TRANSFORM_KINDS, TRANSFORMS, type Expectation, type Transform, type TransformKind } from './transforms';

export interface GeneratedReport {
  /** `kind+kind#seed`, e.g. `permuteTitles+spacing#40213`. */
  readonly name: string;
  readonly seed: number;
  readonly kinds: readonly TransformKind[];
  /** What each step did (ministries, pages, lines), in order. */
  readonly notes: readonly string[];
  readonly text: string;
  readonly expect: Expectation;
  /** The call that rebuilds it, e.g. `generateOne(original, ["spacing","bannerYear"], 40213)`. */
  readonly replay: string;
  /** True for the random compositions, false for a kind alone. */
  readonly composed: boolean;
}

export interface GenerateOptions {
  /** Base seed; every report's own seed is derived from it. */
  readonly seed?: number;
  /** Reports per transform kind with that kind alone. */
  readonly singles?: number;
  /** Reports with random compositions of two to four kinds. */
  readonly compositions?: number;
}

/** The original report's text and its extraction, which the transforms start from. */
export interface Original {
  readonly text: string;
  readonly records: ReportRecords;
  readonly model: ReportModel;
}

/** The original (text, its records, its model) for any number of generations. */
export function loadOriginal(text: string, records: ReportRecords): Original {
  return { text, records, model: buildReportModel(text, records) };
}

/** Every generated report for the options (see the file comment). Deterministic. */
export function generateReports(original: Original, options: GenerateOptions = {}): GeneratedReport[] {
  const base = options.seed ?? 1;
  const singles = options.singles ?? 10;
  const compositions = options.compositions ?? 100;
  const out: GeneratedReport[] = [];
  TRANSFORM_KINDS.forEach((kind, k) => {
    if (kind === 'removeMinistry') {
      original.model.ministries.forEach((_, i) => {
        const report = generateOne(original, [kind], seedOf(base, k, i), [removeMinistryAt(i)]);
        out.push({ ...report, replay: report.replay.replace(/\)$/u, `, [removeMinistryAt(${i})])`) });
      });
      return;
    }
    // Kinds with few variants (removePageNumbers) give fewer distinct reports: duplicates are dropped.
    const texts = new Set<string>();
    for (let i = 0, made = 0; made < singles && i < singles * 3; i++) {
      const report = generateOne(original, [kind], seedOf(base, k, i));
      if (report.kinds.length === 0 || texts.has(report.text)) continue;
      texts.add(report.text);
      out.push(report);
      made++;
    }
  });
  for (let i = 0; i < compositions; i++) {
    const seed = seedOf(base, TRANSFORM_KINDS.length, i);
    const random = new Random(seed);
    const kinds = random.shuffle(TRANSFORM_KINDS).slice(0, random.int(2, 4));
    out.push({ ...generateOne(original, kinds, seed), composed: true });
  }
  return out;
}

/**
 * One report: the kinds applied in the given order, each drawing from one stream seeded with
 * `seed`. A kind that finds nothing to apply to is skipped (and left out of the name).
 */
export function generateOne(original: Original, kinds: readonly TransformKind[], seed: number, transforms?: readonly Transform[]): GeneratedReport {
  const random = new Random(seed);
  let model = original.model;
  const applied: TransformKind[] = [];
  const notes: string[] = [];
  let expect: Expectation = { removed: [], fiscalYear: null };
  kinds.forEach((kind, i) => {
    const result = (transforms?.[i] ?? TRANSFORMS[kind]).apply(model, random);
    if (result === null) return;
    model = result.model;
    applied.push(kind);
    notes.push(result.note);
    expect = {
      removed: [...expect.removed, ...(result.expect?.removed ?? [])],
      fiscalYear: result.expect?.fiscalYear ?? expect.fiscalYear,
    };
  });
  return {
    name: `${applied.join('+') || 'identity'}#${seed}`,
    seed,
    kinds: applied,
    notes,
    text: renderReport(model),
    expect,
    replay: `generateOne(original, ${JSON.stringify(kinds)}, ${seed})`,
    composed: false,
  };
}

function seedOf(base: number, kindIndex: number, i: number): number {
  return (Math.imul(base, 1000003) + kindIndex * 1000 + i) >>> 0;
}

async function main(argv: readonly string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = arg('out');
  if (!out) {
    process.stderr.write('usage: npx tsx tests/metamorphic/generate.ts --out DIR [--seed N] [--singles N] [--compositions N] [--report FILE]\n');
    process.exitCode = 2;
    return;
  }
  const report = arg('report') ?? path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
  const text = fs.readFileSync(report, 'utf8');
  const original = loadOriginal(text, (await loadExtractor())(text, path.basename(report)));
  const reports = generateReports(original, {
    seed: Number(arg('seed') ?? 1),
    singles: Number(arg('singles') ?? 10),
    compositions: Number(arg('compositions') ?? 100),
  });
  fs.mkdirSync(out, { recursive: true });
  for (const r of reports) fs.writeFileSync(path.join(out, `${r.name}.txt`), r.text);
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(reports.map(({ text: _text, ...meta }) => meta), null, 2)}\n`);
  process.stdout.write(`${reports.length} reports in ${out}\n`);
}

if (require.main === module) void main(process.argv.slice(2));
