/**
 * Scores extracted records against hand-checked gold records (tests/fixtures/gold/), with the
 * measures of the extraction issue: item F1 by title within a ministry, measures right (position,
 * status, first 10 characters of head), items whose clause paths equal gold's (or an accepted
 * alternative), and item order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compact } from '../../src/ingest/text';

export interface GoldMeasure { status: string | null; head: string }
export interface GoldItem { title: string; clauseRefs: string[]; planRefs: string[]; measures: GoldMeasure[]; acceptClauseRefs?: string[][] }
export interface GoldMinistry { ministry: string; priorityItems: GoldItem[] }

export interface ExtractedItem { title: string; clauseRefs: readonly string[]; measures: readonly { status: string | null; head: string }[] }
export interface ExtractedMinistry { ministry: string; priorityItems: readonly ExtractedItem[] }

export interface GoldScore {
  itemF1: number;
  measureAccuracy: number;
  clauseAccuracy: number;
  orderAccuracy: number;
  misses: string[];
}

export const GOLD_DIR = path.join(__dirname, '..', 'fixtures', 'gold');

export function loadGold(dir = GOLD_DIR): GoldMinistry[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldMinistry);
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));

export function scoreAgainstGold(gold: readonly GoldMinistry[], extracted: readonly ExtractedMinistry[]): GoldScore {
  let goldItems = 0, foundItems = 0, matchedItems = 0;
  let goldMeasures = 0, rightMeasures = 0, rightClauses = 0, rightOrder = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const mine = extracted.find((m) => m.ministry === g.ministry);
    const items = mine?.priorityItems ?? [];
    goldItems += g.priorityItems.length;
    foundItems += items.length;
    g.priorityItems.forEach((gi, position) => {
      goldMeasures += gi.measures.length;
      const index = items.findIndex((it) => compact(it.title) === compact(gi.title));
      if (index < 0) {
        misses.push(`${g.ministry}: item "${gi.title}" not found`);
        return;
      }
      matchedItems++;
      const it = items[index];
      if (index === position) rightOrder++;
      else misses.push(`${g.ministry}: item "${gi.title}" at position ${index + 1}, gold ${position + 1}`);
      const accepted = [gi.clauseRefs, ...(gi.acceptClauseRefs ?? [])];
      if (accepted.some((refs) => sameSet(refs, it.clauseRefs))) rightClauses++;
      else misses.push(`${g.ministry}: item "${gi.title}" clauses ${JSON.stringify(it.clauseRefs)}, gold ${JSON.stringify(gi.clauseRefs)}`);
      gi.measures.forEach((gm, k) => {
        const m = it.measures[k];
        if (m && m.status === gm.status && m.head.slice(0, 10) === gm.head.slice(0, 10)) rightMeasures++;
        else misses.push(`${g.ministry}: "${gi.title}" measure ${k + 1} ${JSON.stringify(m ?? null)}, gold ${JSON.stringify(gm)}`);
      });
    });
  }
  const precision = foundItems === 0 ? 0 : matchedItems / foundItems;
  const recall = goldItems === 0 ? 0 : matchedItems / goldItems;
  return {
    itemF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    measureAccuracy: goldMeasures === 0 ? 1 : rightMeasures / goldMeasures,
    clauseAccuracy: goldItems === 0 ? 1 : rightClauses / goldItems,
    orderAccuracy: goldItems === 0 ? 1 : rightOrder / goldItems,
    misses,
  };
}
