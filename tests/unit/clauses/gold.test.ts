/**
 * The gold records: each item's B cells, resolved against the tree built from the whole report,
 * must give the item's clauseRefs and planRefs, or one of its acceptClauseRefs.
 */
import fs from 'node:fs';
import path from 'node:path';
import cells from '../../fixtures/clause-cells.json';
import { buildGuidelineTree, resolveClauseCell } from '../../../src/ingest/clauses';

const tree = buildGuidelineTree(cells);

interface GoldItem {
  ministryId: string;
  title: string;
  clauseRefs: string[];
  planRefs: string[];
  rawClauses: string[];
  acceptClauseRefs: string[][];
  note?: string;
}

const GOLD_DIR = path.resolve(__dirname, '../../fixtures/gold');

/** Gold items that carry their B cells (`rawClauses`), ministry id taken from the file name. */
function goldItems(): GoldItem[] {
  return fs
    .readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const ministryId = file.replace(/^\d+-/u, '').replace(/\.json$/u, '');
      const record = JSON.parse(fs.readFileSync(path.join(GOLD_DIR, file), 'utf8')) as {
        priorityItems: (Omit<GoldItem, 'ministryId' | 'acceptClauseRefs' | 'rawClauses'> & {
          rawClauses?: string[];
          acceptClauseRefs?: string[][];
        })[];
      };
      return record.priorityItems
        .filter((item) => item.rawClauses !== undefined)
        .map((item) => ({
          ministryId,
          title: item.title,
          clauseRefs: item.clauseRefs,
          planRefs: item.planRefs,
          rawClauses: item.rawClauses ?? [],
          acceptClauseRefs: item.acceptClauseRefs ?? [],
          note: item.note,
        }));
    });
}

interface Outcome {
  item: GoldItem;
  clauseRefs: string[];
  planRefs: string[];
  verdict: 'gold' | 'accepted' | 'wrong';
}

function resolveItem(item: GoldItem): Outcome {
  const clauseRefs: string[] = [];
  const planRefs: string[] = [];
  for (const text of item.rawClauses) {
    const r = resolveClauseCell(tree, { ministryId: item.ministryId, text });
    for (const p of r.clauseRefs) if (!clauseRefs.includes(p)) clauseRefs.push(p);
    for (const p of r.planRefs) if (!planRefs.includes(p)) planRefs.push(p);
  }
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  const sameSet = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  let verdict: Outcome['verdict'] = 'wrong';
  if (same(clauseRefs, item.clauseRefs) && same(planRefs, item.planRefs)) verdict = 'gold';
  // An accepted alternative reading: the clauses it names (an empty one means "a plan reference").
  else if (item.acceptClauseRefs.some((alt) => sameSet(clauseRefs, alt) && (alt.length > 0 || planRefs.length > 0))) {
    verdict = 'accepted';
  }
  return { item, clauseRefs, planRefs, verdict };
}

const items = goldItems();
const outcomes = items.map(resolveItem);

afterAll(() => {
  const n = (v: Outcome['verdict']): number => outcomes.filter((o) => o.verdict === v).length;
  const lines = [
    `gold clause references: ${n('gold') + n('accepted')}/${outcomes.length} items match ` +
      `(${n('gold')} as the gold reading, ${n('accepted')} as an accepted alternative, ${n('wrong')} wrong)`,
    ...outcomes
      .filter((o) => o.verdict !== 'gold')
      .map((o) => `  ${o.verdict}: ${o.item.ministryId} "${o.item.title}" → ${JSON.stringify(o.clauseRefs)} ${JSON.stringify(o.planRefs)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});

describe('gold items resolve to their clause references', () => {
  test('there are gold items with B cells to check', () => {
    expect(items.length).toBeGreaterThan(20);
  });

  test.each(outcomes.map((o) => [`${o.item.ministryId}: ${o.item.title}`, o] as const))('%s', (_name, o) => {
    expect({ clauseRefs: o.clauseRefs, planRefs: o.planRefs, verdict: o.verdict }).toEqual({
      clauseRefs: o.verdict === 'gold' ? o.item.clauseRefs : o.clauseRefs,
      planRefs: o.verdict === 'gold' ? o.item.planRefs : o.planRefs,
      verdict: o.verdict === 'wrong' ? 'gold' : o.verdict,
    });
  });

  test('at least 95 % of the items match', () => {
    const matched = outcomes.filter((o) => o.verdict !== 'wrong').length;
    expect(matched / outcomes.length).toBeGreaterThanOrEqual(0.95);
  });
});
