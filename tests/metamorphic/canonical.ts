/**
 * The canonical view of extracted records — what the graph holds, in a form two extractions of the
 * same table share however the text was laid out: per ministry id (order-free), its name and items;
 * per item its title (NFKC, no white space), clause paths and plan references (as sets); per measure
 * its status, head and text (NFKC, no white space). Line numbers, order fields and the alignment
 * evidence are left out: they describe the layout, not the table.
 */
import type { ReportRecords, ReviewNote } from '../../src/ingest/records';
import { compact } from '../../src/ingest/text';

export interface CanonicalMeasure {
  readonly status: string | null;
  readonly head: string;
  readonly text: string;
}

export interface CanonicalItem {
  readonly title: string;
  readonly clauseRefs: readonly string[];
  readonly planRefs: readonly string[];
  /** By measure id. */
  readonly measures: ReadonlyMap<string, CanonicalMeasure>;
}

export interface CanonicalMinistry {
  readonly name: string;
  /** By item id. */
  readonly items: ReadonlyMap<string, CanonicalItem>;
}

export interface CanonicalView {
  readonly fiscalYear: string;
  /** By ministry id. */
  readonly ministries: ReadonlyMap<string, CanonicalMinistry>;
}

/** The canonical view of records. */
export function canonicalView(records: ReportRecords): CanonicalView {
  const sorted = (xs: readonly string[]): string[] => [...new Set(xs)].sort();
  return {
    fiscalYear: records.report.fiscalYear,
    ministries: new Map(
      records.ministries.map((m) => [
        m.ministryId,
        {
          name: compact(m.ministry),
          items: new Map(
            m.priorityItems.map((p) => [
              p.id,
              {
                title: compact(p.title),
                clauseRefs: sorted(p.clauseRefs),
                planRefs: sorted(p.planRefs.map(compact)),
                measures: new Map(p.measures.map((x) => [x.id, { status: x.status, head: x.head, text: compact(x.text) }])),
              },
            ]),
          ),
        },
      ]),
    ),
  };
}

/** One field where two views differ. */
export interface Difference {
  readonly ministryId: string;
  /** `name`, `ministry`, an item or measure id, or `<id> <field>` (e.g. `justice/p3 clauseRefs`). */
  readonly field: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** Where `actual` differs from `expected`, field by field, down to item and measure ids. */
export function diffCanonical(expected: CanonicalView, actual: CanonicalView): Difference[] {
  const out: Difference[] = [];
  const field = (ministryId: string, name: string, a: unknown, b: unknown): void => {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ ministryId, field: name, expected: a, actual: b });
  };
  field('report', 'fiscalYear', expected.fiscalYear, actual.fiscalYear);
  for (const id of union(expected.ministries, actual.ministries)) {
    const [e, a] = [expected.ministries.get(id), actual.ministries.get(id)];
    if (!e || !a) {
      field(id, 'ministry', e?.name, a?.name);
      continue;
    }
    field(id, 'name', e.name, a.name);
    for (const itemId of union(e.items, a.items)) {
      const [ei, ai] = [e.items.get(itemId), a.items.get(itemId)];
      if (!ei || !ai) {
        field(id, itemId, ei?.title, ai?.title);
        continue;
      }
      field(id, `${itemId} title`, ei.title, ai.title);
      field(id, `${itemId} clauseRefs`, ei.clauseRefs, ai.clauseRefs);
      field(id, `${itemId} planRefs`, ei.planRefs, ai.planRefs);
      for (const measureId of union(ei.measures, ai.measures)) {
        const [em, am] = [ei.measures.get(measureId), ai.measures.get(measureId)];
        if (!em || !am) {
          field(id, measureId, em?.head, am?.head);
          continue;
        }
        field(id, `${measureId} status`, em.status, am.status);
        field(id, `${measureId} head`, em.head, am.head);
        field(id, `${measureId} text`, em.text, am.text);
      }
    }
  }
  return out;
}

/** `<ministry>: <field>: expected … got …`; long texts shown around their first difference. */
export function formatDifference(d: Difference): string {
  const show = (v: unknown): string => (v === undefined ? '(absent)' : JSON.stringify(v));
  let [e, a] = [show(d.expected), show(d.actual)];
  if (e.length > 120 || a.length > 120) {
    let i = 0;
    while (i < e.length && e[i] === a[i]) i++;
    const from = Math.max(0, i - 30);
    [e, a] = [`…${e.slice(from, from + 90)}…`, `…${a.slice(from, from + 90)}…`];
  }
  return `${d.ministryId}: ${d.field}: expected ${e} got ${a}`;
}

/**
 * Whether the review list says what a clause difference changed: every clause path or plan reference
 * the item now has that it did not have before (in either field) is named in a review note of that
 * ministry. Only clause fields can be flagged so, and only when the item reads something new: a
 * reference lost with nothing in its place is silent.
 */
export function flaggedInReview(d: Difference, all: readonly Difference[], review: readonly ReviewNote[]): boolean {
  const clauseField = / (clauseRefs|planRefs)$/u;
  if (!clauseField.test(d.field)) return false;
  const item = d.field.replace(clauseField, '');
  const added = all
    .filter((x) => x.ministryId === d.ministryId && x.field.replace(clauseField, '') === item && clauseField.test(x.field))
    .flatMap((x) => (x.actual as string[]).filter((v) => !(x.expected as string[]).includes(v)));
  const notes = review.filter((n) => n.ministryId === d.ministryId).map((n) => compact(n.reason));
  return added.length > 0 && added.every((x) => notes.some((n) => n.includes(compact(x))));
}

/** The view with some ministries left out and the fiscal year replaced (what a transform expects). */
export function expectedView(view: CanonicalView, removed: readonly string[], fiscalYear: string | null): CanonicalView {
  return {
    fiscalYear: fiscalYear ?? view.fiscalYear,
    ministries: new Map([...view.ministries].filter(([id]) => !removed.includes(id))),
  };
}

function union<K>(a: ReadonlyMap<K, unknown>, b: ReadonlyMap<K, unknown>): K[] {
  return [...new Set([...a.keys(), ...b.keys()])];
}
