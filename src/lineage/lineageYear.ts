/**
 * The input of lineage: one year's report reduced to what matching needs — ministries, their
 * priority items in order, each item's measures with text, status tag and clause paths. Plain,
 * serialisable data, built either from freshly parsed records (`lineageYearFromRecords`) or from
 * flat rows read back out of the graph (`lineageYearFromRows`).
 */
import type { ReportRecords } from '../ingest/records';

export interface LineageMeasure {
  /** The measure's id in its year (`cabinet-office/p2/m3`). */
  readonly id: string;
  readonly text: string;
  /** The status tag's text (新規, 継続, 新規・継続 …) or null. */
  readonly status: string | null;
  /** Guideline clause paths of the measure's row (`Ⅱ.1.(2)`). */
  readonly clauseRefs: readonly string[];
}

export interface LineageItem {
  readonly id: string;
  readonly title: string;
  /** In report order. */
  readonly measures: readonly LineageMeasure[];
}

export interface LineageMinistry {
  readonly ministryId: string;
  /** In report order. */
  readonly items: readonly LineageItem[];
}

export interface LineageYear {
  /** The follow-up's year as printed in its banner (令和６年度). */
  readonly fiscalYear: string;
  /** The year whose measures it reports (令和５年度). */
  readonly measuresFiscalYear: string;
  readonly ministries: readonly LineageMinistry[];
}

/** One year of lineage input from parsed records. */
export function lineageYearFromRecords(records: ReportRecords): LineageYear {
  return {
    fiscalYear: records.report.fiscalYear,
    measuresFiscalYear: records.report.measuresFiscalYear,
    ministries: records.ministries.map((m) => ({
      ministryId: m.ministryId,
      items: m.priorityItems.map((p) => ({
        id: p.id,
        title: p.title,
        measures: p.measures.map((x) => ({ id: x.id, text: x.text, status: x.status, clauseRefs: [...x.clauseRefs] })),
      })),
    })),
  };
}

/**
 * One row per measure as a graph query returns it (an item without measures: `measureId` null).
 * The orders sort ministries, items and measures; rows may come in any order.
 */
export interface LineageRow {
  readonly ministryId: string;
  readonly ministryOrder: number;
  readonly itemId: string;
  readonly itemTitle: string;
  readonly itemOrder: number;
  readonly measureId: string | null;
  readonly measureOrder: number | null;
  readonly text: string | null;
  readonly status: string | null;
  readonly clauseRefs: readonly string[] | null;
}

/** One year of lineage input from flat rows. Throws a `TypeError` on an id used twice or an item in two ministries. */
export function lineageYearFromRows(year: { fiscalYear: string; measuresFiscalYear: string }, rows: readonly LineageRow[]): LineageYear {
  const ministries = new Map<string, Map<string, { title: string; order: number; measures: { order: number; measure: LineageMeasure }[] }>>();
  const ministryOrder = new Map<string, number>();
  const itemMinistry = new Map<string, string>();
  const measureIds = new Set<string>();
  for (const row of rows) {
    const owner = itemMinistry.get(row.itemId);
    if (owner !== undefined && owner !== row.ministryId) {
      throw new TypeError(`lineage rows: item ${row.itemId} is given under two ministries (${owner}, ${row.ministryId}); expected one`);
    }
    itemMinistry.set(row.itemId, row.ministryId);
    if (!ministries.has(row.ministryId)) ministries.set(row.ministryId, new Map());
    ministryOrder.set(row.ministryId, row.ministryOrder);
    const items = ministries.get(row.ministryId) as Map<string, { title: string; order: number; measures: { order: number; measure: LineageMeasure }[] }>;
    if (!items.has(row.itemId)) items.set(row.itemId, { title: row.itemTitle, order: row.itemOrder, measures: [] });
    if (row.measureId === null) continue;
    if (measureIds.has(row.measureId)) throw new TypeError(`lineage rows: measure ${row.measureId} is given twice; expected one row per measure`);
    measureIds.add(row.measureId);
    (items.get(row.itemId) as { measures: { order: number; measure: LineageMeasure }[] }).measures.push({
      order: row.measureOrder ?? 0,
      measure: { id: row.measureId, text: row.text ?? '', status: row.status, clauseRefs: [...(row.clauseRefs ?? [])] },
    });
  }
  return {
    ...year,
    ministries: [...ministries.entries()]
      .sort((a, b) => (ministryOrder.get(a[0]) as number) - (ministryOrder.get(b[0]) as number))
      .map(([ministryId, items]) => ({
      ministryId,
      items: [...items.entries()]
        .sort((a, b) => a[1].order - b[1].order)
        .map(([id, item]) => ({ id, title: item.title, measures: item.measures.sort((a, b) => a.order - b.order).map((m) => m.measure) })),
    })),
  };
}
