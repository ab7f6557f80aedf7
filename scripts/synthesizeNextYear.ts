/**
 * `npx tsx scripts/synthesizeNextYear.ts --seed 7 --out data/generated/wlb-followup-r7-synthetic.txt [report.txt]`
 *
 * Writes a plausible next-year report (令和７年度) made from a report (default: the bundled
 * data/wlb-followup-r6.txt), in the same text layout, and beside it its truth
 * (`…-synthetic.truth.json`: per ministry, every item and measure of the new report by the id the
 * parser gives it, with the id of what it continues in the source, or null). See
 * src/synth/synthesizeNextYear.ts for the operations. The same seed writes the same bytes.
 *
 * Knobs: --drop 0.1 (share of measures dropped), --reword 0.3 (share of kept measures reworded),
 * --new 0.1 (new measures in existing items, as a share of all measures), --renames 1,
 * --new-items 1 (ministries given a new priority item), --new-item-measures 2, --same-theme-new
 * (new measures may take themes the ministry already has: a harder test).
 *
 * Before writing, the new report is parsed and checked against its truth; exits 1 (writing
 * nothing) if the parser would read it otherwise, 2 on bad arguments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../src/config';
import { loadTaxonomy } from '../src/discovery/taxonomy';
import { ReportFormatError } from '../src/ingest/errors';
import { loadAlignmentKnowledge } from '../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../src/ingest/ministryDirectory';
import { parseReport } from '../src/ingest/parseReport';
import { readReportFile } from '../src/ingest/readReport';
import { checkTruth } from '../src/synth/checkTruth';
import { synthesizeNextYear } from '../src/synth/synthesizeNextYear';
import { printedHelp } from './help';

const USAGE =
  'usage: npx tsx scripts/synthesizeNextYear.ts --seed N --out next.txt [--drop 0.1] [--reword 0.3] [--new 0.1] [--renames 1] [--new-items 1] [--new-item-measures 2] [--same-theme-new] [report.txt]\n';

async function main(argv: string[]): Promise<number> {
  if (printedHelp(argv, USAGE)) return 0;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        out: { type: 'string' },
        drop: { type: 'string' },
        reword: { type: 'string' },
        new: { type: 'string' },
        renames: { type: 'string' },
        'new-items': { type: 'string' },
        'new-item-measures': { type: 'string' },
        'same-theme-new': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.seed === undefined || values.out === undefined || positionals.length > 1) {
    process.stderr.write(USAGE);
    return 2;
  }
  const number = (v: string | undefined): number | undefined => (v === undefined ? undefined : Number(v));
  const source = positionals[0] ?? path.join(projectRoot, 'data', 'wlb-followup-r6.txt');
  const directory = loadMinistryDirectory();
  const knowledge = await loadAlignmentKnowledge();
  try {
    const text = readReportFile(source);
    const records = parseReport(text, { directory, source: path.basename(source), knowledge });
    const started = performance.now();
    const next = synthesizeNextYear(text, records, {
      seed: Number(values.seed),
      taxonomy: loadTaxonomy(),
      dropShare: number(values.drop),
      rewordShare: number(values.reword),
      newShare: number(values.new),
      renames: number(values.renames),
      newItems: number(values['new-items']),
      newItemMeasures: number(values['new-item-measures']),
      sameThemeNew: values['same-theme-new'],
    });
    const ms = Math.round(performance.now() - started);
    const problems = checkTruth(parseReport(next.text, { directory, source: path.basename(values.out), knowledge }), next.truth);
    if (problems.length > 0) {
      process.stderr.write(`synthesizeNextYear: the parser would not read the report as generated (nothing written):\n${problems.map((p) => `  ${p}\n`).join('')}`);
      return 1;
    }
    const truthFile = values.out.replace(/\.txt$/u, '') + '.truth.json';
    fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    fs.writeFileSync(values.out, next.text);
    fs.writeFileSync(truthFile, `${JSON.stringify(next.truth, null, 2)}\n`);
    const measures = next.truth.ministries.flatMap((m) => m.measures);
    const items = next.truth.ministries.flatMap((m) => m.items);
    process.stderr.write(
      `${values.out}: ${next.truth.fiscalYear}, seed ${next.truth.seed}, made in ${ms} ms; ${items.length} items (${items.filter((i) => i.renamed).length} renamed, ${items.filter((i) => i.continues === null).length} new), ` +
        `${measures.length} measures (${measures.filter((m) => m.continues === null).length} new, ${measures.filter((m) => m.edits.length > 0).length} reworded), ${next.truth.dropped.length} dropped\n${truthFile}: the truth\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ReportFormatError || error instanceof TypeError) {
      process.stderr.write(`synthesizeNextYear: ${error.message}\n`);
      return error instanceof TypeError ? 2 : 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
