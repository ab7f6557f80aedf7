/**
 * `npm run review -- [report.txt] [--all]`: lists the doubtful title–row alignments of a report
 * (default: the bundled one): per ministry its rows (R1…) and titles side by side, with the evidence
 * total of every pair, the rows each title was given in [ ], confidence and method.
 *
 * `npm run review -- [report.txt] --accept <item>`: a person confirms the machine's rows for an item;
 * `npm run review -- [report.txt] --assign <item> --rows R2[,R3…]`: the title takes these rows;
 * `npm run review -- [report.txt] --forget <item>`: removes a decision.
 * `<item>` is an item id of this extraction (economy-trade-and-industry/p2) or a title key; rows are
 * labels (R2) or row keys. `--by NAME` and `--note TEXT` are kept with the decision.
 *
 * Decisions go to the report's review file (WLB_REVIEWS_DIR, default data/reviews/<report>.json),
 * keyed by content hashes of the title and rows, so they survive re-extraction. `npm run ingest`
 * applies them (method REVIEWED); `npm run -s extract -- <report> --reviewed` shows the result.
 * Exit codes: 0 done, 1 a report or review file that cannot be read, 2 a bad command line.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config';
import { ReportFormatError } from '../src/ingest/errors';
import { extractReport } from '../src/ingest/extractReport';
import { decide, findTitle, ReviewChoiceError, StaleReviewError, withDecision } from '../src/ingest/reviews/applyReviews';
import { readReviewFile, ReviewFileError, reviewFilePath, writeReviewFile } from '../src/ingest/reviews/reviewFile';
import { formatReviewTable, reviewTables } from '../src/ingest/reviews/reviewTables';
import { DOUBTFUL_CONFIDENCE } from '../src/model/alignment';
import { printedHelp } from './help';

const USAGE = `usage: npm run review -- [report.txt] [--all]
       npm run review -- [report.txt] --accept <item> [--by NAME] [--note TEXT]
       npm run review -- [report.txt] --assign <item> --rows R1[,R2…] [--by NAME] [--note TEXT]
       npm run review -- [report.txt] --forget <item>
  <item>: an item id such as economy-trade-and-industry/p2, or a title key shown in the listing`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const out = (line: string): void => void process.stdout.write(`${line}\n`);
  const err = (line: string): void => void process.stderr.write(`${line}\n`);
  if (printedHelp(argv, USAGE)) return 0;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        all: { type: 'boolean', default: false },
        accept: { type: 'string' },
        assign: { type: 'string' },
        rows: { type: 'string' },
        forget: { type: 'string' },
        by: { type: 'string' },
        note: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
    const actions = [values.accept, values.assign, values.forget].filter((v) => v !== undefined);
    if (positionals.length > 1 || actions.length > 1) throw new UsageError('give at most one report and one of --accept, --assign, --forget');
    if ((values.rows !== undefined) !== (values.assign !== undefined)) throw new UsageError('--rows goes with --assign (and --assign needs --rows)');
    const config = loadConfig();
    const report = positionals[0] ?? config.reportPath;
    const file = reviewFilePath(config.reviewsDir, report);

    if (values.forget !== undefined) {
      const review = readReviewFile(file, report);
      const kept = review.decisions.filter((d) => d.titleKey !== values.forget && !`${d.ministryId}/${d.titleKey}`.endsWith(values.forget as string));
      if (kept.length === review.decisions.length) {
        // An item id: find its title key in the machine's reading.
        const { records } = await extractReport(report, { reviewsDir: null });
        const { titleKey } = findTitle(reviewTables(records, false), values.forget);
        writeReviewFile(file, { ...review, decisions: review.decisions.filter((d) => d.titleKey !== titleKey) });
      } else {
        writeReviewFile(file, { ...review, decisions: kept });
      }
      out(`removed the decision on ${values.forget} from ${file}`);
      return 0;
    }

    // Decisions are made on the machine's own reading, so a person sees what the evidence says.
    const { records } = await extractReport(report, { reviewsDir: null });
    const tables = reviewTables(records, false);
    const item = values.accept ?? values.assign;
    if (item !== undefined) {
      const { table, titleKey } = findTitle(tables, item);
      const rows = values.rows === undefined ? null : values.rows.split(',').map((r) => r.trim()).filter((r) => r !== '');
      const decision = decide(table, titleKey, rows, { by: values.by ?? null, note: values.note ?? null, at: new Date() });
      writeReviewFile(file, withDecision(readReviewFile(file, report), decision));
      out(`${file}: "${decision.title}" (${table.ministryId}) takes ${decision.rows.map((r) => `${r.key} (${r.head}…)`).join(', ')}${decision.keptMachineRows ? ' — the machine’s rows, confirmed' : ' — changed from the machine’s rows'}.`);
      out('npm run ingest applies it; npm run -s extract -- <report> --reviewed shows the reviewed reading.');
      return 0;
    }

    const shown = values.all ? tables : reviewTables(records, true);
    const decided = readReviewFile(file, report).decisions;
    out(`${values.all ? 'Every alignment' : `Doubtful alignments (confidence under ${DOUBTFUL_CONFIDENCE})`} of ${report}: ${shown.length} ministr${shown.length === 1 ? 'y' : 'ies'}; ${decided.length} decision(s) in ${file}.`);
    for (const table of shown) {
      out('');
      out(formatReviewTable(table));
      for (const d of decided.filter((x) => x.ministryId === table.ministryId)) out(`  decided ${d.decidedAt}${d.by ? ` by ${d.by}` : ''}: "${d.title}" takes ${d.rows.map((r) => r.key).join(', ')}${d.note ? ` (${d.note})` : ''}`);
    }
    if (shown.length > 0) out(`\nDecide with:\n${USAGE}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      err(`review: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ReviewChoiceError) {
      err(`review: ${error.message}`);
      return 2;
    }
    if (error instanceof ReportFormatError || error instanceof ReviewFileError || error instanceof StaleReviewError || error instanceof ConfigError) {
      err(`review: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
