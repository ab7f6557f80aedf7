/**
 * A plausible next-year report from this year's, for testing lineage: the text of the follow-up
 * edited in place (so its layout stays the PDF's) into the report a year later (the banner says
 * 令和７年度, measures report 令和６年度), with the truth of which measure continues which, kept from
 * the generator's own bookkeeping. Operations, each drawn with the seed:
 *
 * - every year 令和N in measure text, banner and foreword moves on one (令和５年度 → 令和６年度);
 * - `dropShare` of the measures are dropped (never the last of its row, nor one opening a page);
 * - `rewordShare` of the measures kept are reworded (rewordMeasure.ts: synonyms, a sentence added
 *   or removed, bullets or sentences reordered) and wrapped again at the A column's width;
 * - a kept 【新規】 (or 【新規・継続】) measure is now 【継続】;
 * - `newShare` × (measures) new measures, composed from a theme the ministry's measures never
 *   mention (themeBank.ts), go into rows at random places: 【新規】 in tagged rows, ・ or ○ bullets
 *   (no tag) in rows split at bullets;
 * - `renames` priority items get a reworded title (rename rules below);
 * - `newItems` ministries get a new priority item on a page of its own at the end of their
 *   section: `newItemMeasures` 【新規】 measures in one row, its clause cell, the page banner, the
 *   重点項目 header and the title.
 *
 * Ids are positional, so the truth lists every measure and item of the new report by the id the
 * parser will give it, with the id in this year's records it continues (or null).
 */
import { createHash } from 'node:crypto';
import { themeMatcher } from '../discovery/assignThemes';
import type { Taxonomy } from '../discovery/taxonomy';
import type { ReportLine } from '../ingest/blocks';
import { headOf } from '../ingest/measures';
import type { ItemRecord, MeasureRecord, MinistryRecord, ReportRecords } from '../ingest/records';
import { LineEdits } from './lineEdits';
import { readShape, shiftReiwa, STATUS_TAG_RE, TITLE_WIDTH, wideDigits, wrap, writeShape } from './layout';
import { seededRandom, type Random } from './random';
import { readLayout, type Layout } from './readLayout';
import { rewordMeasure, type RewordEdit } from './rewordMeasure';
import { composeMeasure, THEME_BANK, type BankEntry } from './themeBank';

export interface NextYearOptions {
  readonly seed: number;
  /** The theme taxonomy (data/themes.json): new measures take a theme the ministry lacks. */
  readonly taxonomy: Taxonomy;
  /** Share of all measures dropped. Default 0.1. */
  readonly dropShare?: number;
  /** Share of the kept measures reworded. Default 0.3. */
  readonly rewordShare?: number;
  /** New measures in existing items, as a share of all measures. Default 0.1. */
  readonly newShare?: number;
  /** Priority items renamed. Default 1. */
  readonly renames?: number;
  /** Ministries given a new priority item. Default 1. */
  readonly newItems?: number;
  /** Measures of each new priority item. Default 2. */
  readonly newItemMeasures?: number;
  /**
   * A harder test: new measures may take a theme the ministry's measures already have (still
   * written afresh from the bank). Default false: only themes the ministry never mentions.
   */
  readonly sameThemeNew?: boolean;
}

export interface TruthMeasure {
  /** The id the parser gives the measure in the new report. */
  readonly id: string;
  /** The id (in this year's records) of the measure it continues, or null for a new one. */
  readonly continues: string | null;
  readonly status: string | null;
  /** SPEC's head of the measure, as the parser should read it. */
  readonly head: string;
  /** How it was reworded (empty: only its year and tag moved on). */
  readonly edits: readonly RewordEdit[];
}

export interface TruthItem {
  readonly id: string;
  readonly continues: string | null;
  readonly title: string;
  readonly renamed: boolean;
}

export interface NextYearTruth {
  readonly seed: number;
  /** The source report: its year and the SHA-256 of its text. */
  readonly source: { readonly fiscalYear: string; readonly sha256: string };
  /** The new report's year (令和７年度). */
  readonly fiscalYear: string;
  readonly options: Required<Omit<NextYearOptions, 'taxonomy' | 'seed'>>;
  /** Per ministry, in report order. */
  readonly ministries: readonly { readonly ministryId: string; readonly items: readonly TruthItem[]; readonly measures: readonly TruthMeasure[] }[];
  /** Measures of the source nothing continues. */
  readonly dropped: readonly string[];
}

export interface NextYearReport {
  readonly text: string;
  readonly truth: NextYearTruth;
}

const DEFAULTS = { dropShare: 0.1, rewordShare: 0.3, newShare: 0.1, renames: 1, newItems: 1, newItemMeasures: 2, sameThemeNew: false };

/** Title edits that keep the meaning: the first that applies (in random order) renames the item. */
const RENAME_RULES: readonly (readonly [RegExp, string])[] = [
  [/の推進$/u, 'の一層の推進'],
  [/向上/u, '強化'],
  [/環境整備/u, '環境づくり'],
  [/効率化/u, '合理化'],
  [/促進/u, '推進'],
  [/体制(?:の)?整備/u, '体制の強化'],
  [/改善/u, '見直し'],
  [/(?<!の)取組$/u, '取組の充実'],
];

/** Items aligned to their title with less confidence than this are not edited (the parser lists them for review below 0.4). */
const MIN_EDIT_CONFIDENCE = 0.4;

/** A renamed title must still win its rows: only titles matched to them with this confidence or more are renamed. */
const MIN_RENAME_CONFIDENCE = 0.5;

/** Measures shorter than this are not reworded (a short untagged block could be read as a title). */
const MIN_REWORD_LENGTH = 60;

/**
 * The next year's report and its truth. `records` must be the parse of `text`. Throws a
 * `TypeError` for options out of range or records of another text.
 */
export function synthesizeNextYear(text: string, records: ReportRecords, options: NextYearOptions): NextYearReport {
  const knobs = checkOptions(options);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  if (sha256 !== records.report.sha256) throw new TypeError('synthesizeNextYear: the records are not the parse of this text (SHA-256 differs)');
  const random = seededRandom(options.seed);
  const layout = readLayout(text);
  const out = new LineEdits(text);
  const matcher = themeMatcher(options.taxonomy);
  const bank = THEME_BANK.filter((e) => options.taxonomy.some((t) => t.slug === e.theme));
  const measuresYear = wideDigits(shiftReiwa(records.report.measuresFiscalYear));

  // The year moves on in everything but the clause and title cells, read in runs of lines (a year
  // can be cut by a line break).
  for (let no = 1; no <= out.count; ) {
    const run: number[] = [];
    for (; no <= out.count && !['B', 'T'].includes(layout.cellKind.get(no) ?? ''); no++) run.push(no);
    if (run.length === 0) {
      no++;
      continue;
    }
    shiftReiwa(run.map((n) => out.original(n)).join('\n'))
      .split('\n')
      .forEach((line, i) => out.set(run[i], line));
  }

  const plans = records.ministries.flatMap((ministry) => ministry.priorityItems.flatMap((item) => item.measures.map((m) => planOf(ministry, item, m, layout))));
  const planOfMeasure = new Map(plans.map((p) => [p.measure.id, p]));
  const rowKey = (p: MeasurePlan) => `${p.item.id}#${p.row}`;

  // Drops: never the last measure of a row, nor one whose lines are not all its own A lines.
  const left = new Map<string, number>();
  for (const p of plans) left.set(rowKey(p), (left.get(rowKey(p)) ?? 0) + 1);
  const dropped = new Set<string>();
  for (const p of random.shuffle(plans)) {
    if (dropped.size >= Math.round(knobs.dropShare * plans.length)) break;
    if (!p.clean || layout.pageStart.has(p.lines[0]) || (left.get(rowKey(p)) as number) < 2) continue;
    dropped.add(p.measure.id);
    left.set(rowKey(p), (left.get(rowKey(p)) as number) - 1);
    for (const no of p.lines) out.replace([no], []);
  }

  // Kept measures: the tag moves on, and some are reworded.
  const kept = plans.filter((p) => !dropped.has(p.measure.id));
  const rewordable = kept.filter((p) => p.clean && p.measure.text.length >= MIN_REWORD_LENGTH);
  const reworded = new Map<string, RewordEdit[]>();
  for (const p of random.shuffle(rewordable).slice(0, Math.round(knobs.rewordShare * kept.length))) {
    const shape = readShape(p.lines.map((no) => out.current(no)[0]));
    const { shape: next, edits } = rewordMeasure({ ...shape, tag: carriedTag(shape.tag) }, random);
    out.replace(p.lines, writeShape(next));
    reworded.set(p.measure.id, edits);
  }
  for (const p of kept) {
    if (reworded.has(p.measure.id) || p.measure.status === null) continue;
    const first = p.lines.find((no) => STATUS_TAG_RE.test(out.current(no)[0]?.trim() ?? ''));
    if (first !== undefined) {
      const line = out.current(first)[0];
      const lead = (/^\s*/u.exec(line) as RegExpExecArray)[0];
      out.set(first, lead + line.slice(lead.length).replace(STATUS_TAG_RE, (tag) => carriedTag(tag) as string));
    }
  }

  // Themes each ministry already has, and those its new measures take.
  const themesOf = new Map(records.ministries.map((m) => [m.ministryId, new Set(m.priorityItems.flatMap((p) => p.measures.flatMap((x) => matcher.match(x.text).map((t) => t.slug))))]));
  const newThemesOf = new Map(records.ministries.map((m) => [m.ministryId, new Set<string>()]));
  const freshEntry = (ministryId: string): BankEntry | null => {
    const own = themesOf.get(ministryId) as Set<string>;
    const used = newThemesOf.get(ministryId) as Set<string>;
    const free = bank.filter((e) => !used.has(e.theme) && (knobs.sameThemeNew || !own.has(e.theme)));
    if (free.length === 0) return null;
    const entry = random.pick(free);
    used.add(entry.theme);
    return entry;
  };

  // New measures in existing rows, after a measure drawn at random.
  const insertable = plans.filter((p) => p.rowStyle !== null);
  const added = new Map<string, NewMeasure[]>();
  const wantedNew = Math.round(knobs.newShare * plans.length);
  for (let attempt = 0, made = 0; made < wantedNew && attempt < wantedNew * 4 && insertable.length > 0; attempt++) {
    const after = random.pick(insertable);
    const entry = freshEntry(after.ministry.ministryId);
    if (entry === null) continue;
    const style = after.rowStyle as RowStyle;
    const body = composeMeasure(entry, measuresYear, random);
    const lines = writeShape({ pageStart: false, tag: style === 'tagged' ? '【新規】' : null, tagOwnLine: false, paragraphs: [{ marker: style === 'tagged' ? '' : style, body }] });
    out.insertAfter(after.lines[after.lines.length - 1], lines);
    const list = added.get(after.measure.id) ?? [];
    list.push({ status: style === 'tagged' ? '新規' : null, lines });
    added.set(after.measure.id, list);
    made++;
  }

  // Renamed items.
  const renamed = new Map<string, string>();
  const renameable = records.ministries.flatMap((m) => m.priorityItems.filter((p) => p.alignment.confidence >= MIN_RENAME_CONFIDENCE && p.alignment.titleLines.every((no) => layout.cellKind.get(no) === 'T')));
  for (const item of random.shuffle(renameable)) {
    if (renamed.size >= knobs.renames) break;
    const rule = random.shuffle(RENAME_RULES).find(([re]) => re.test(item.title));
    if (!rule) continue;
    const title = item.title.replace(rule[0], rule[1]);
    renamed.set(item.id, title);
    for (const no of item.alignment.titleLines) {
      const cell = layout.cellLines.get(no) as readonly ReportLine[];
      out.replace(cell.map((l) => l.no), wrap(title, TITLE_WIDTH).map((l, i) => (i === 0 && /^ [^ ]/u.test(cell[0].text) ? ` ${l}` : l)));
    }
  }

  // New items, each on a page of its own before the next ministry's banner.
  const newItems = new Map<string, { title: string; measures: NewMeasure[] }>();
  const spanStarts = layout.spanStarts;
  const hosts = records.ministries.filter(
    (m, i) =>
      m.priorityItems.length > 0 &&
      m.priorityItems.every((p) => p.alignment.confidence >= MIN_EDIT_CONFIDENCE) &&
      i + 1 < spanStarts.length &&
      /^ 【府省等名/u.test(out.original(spanStarts[i + 1])),
  );
  for (const ministry of random.shuffle(hosts)) {
    if (newItems.size >= knobs.newItems) break;
    const entry = freshEntry(ministry.ministryId);
    if (entry === null) continue;
    const measures: NewMeasure[] = Array.from({ length: knobs.newItemMeasures }, (_, k) => {
      const lines = writeShape({ pageStart: k === 0, tag: '【新規】', tagOwnLine: false, paragraphs: [{ marker: '', body: composeMeasure(entry, measuresYear, random, k) }] });
      return { status: '新規', lines };
    });
    const page = [...measures.flatMap((m) => m.lines), '', ...entry.clauseCell, '', ...layout.banner.map(shiftReiwa), '', '重点項目', '', ...wrap(entry.title, TITLE_WIDTH)];
    out.insertBefore(spanStarts[records.ministries.indexOf(ministry) + 1], page);
    newItems.set(ministry.ministryId, { title: entry.title, measures });
  }

  const truth: NextYearTruth = {
    seed: options.seed,
    source: { fiscalYear: records.report.fiscalYear, sha256 },
    fiscalYear: shiftReiwa(records.report.fiscalYear),
    options: knobs,
    ministries: records.ministries.map((ministry) => {
      const items: TruthItem[] = [];
      const measures: TruthMeasure[] = [];
      const addItem = (continues: ItemRecord | null, title: string, list: { continues: string | null; status: string | null; lines: readonly string[]; edits: readonly RewordEdit[] }[]) => {
        const id = `${ministry.ministryId}/p${items.length + 1}`;
        items.push({ id, continues: continues?.id ?? null, title, renamed: continues !== null && continues.title !== title });
        list.forEach((m, k) => measures.push({ id: `${id}/m${k + 1}`, continues: m.continues, status: m.status, head: headOfLines(m.lines), edits: m.edits }));
      };
      for (const item of ministry.priorityItems) {
        const list = item.measures.flatMap((m) => [
          ...(dropped.has(m.id) ? [] : [{ continues: m.id, status: carriedStatus(m.status), lines: out.linesOf(planOfMeasure.get(m.id) as MeasurePlan), edits: reworded.get(m.id) ?? [] }]),
          ...(added.get(m.id) ?? []).map((n) => ({ continues: null, status: n.status, lines: n.lines, edits: [] })),
        ]);
        addItem(item, renamed.get(item.id) ?? item.title, list);
      }
      const extra = newItems.get(ministry.ministryId);
      if (extra) addItem(null, extra.title, extra.measures.map((n) => ({ continues: null, status: n.status, lines: n.lines, edits: [] })));
      return { ministryId: ministry.ministryId, items, measures };
    }),
    dropped: plans.filter((p) => dropped.has(p.measure.id)).map((p) => p.measure.id),
  };
  return { text: out.text(), truth };
}

type RowStyle = 'tagged' | '・' | '○';

interface MeasurePlan {
  readonly ministry: MinistryRecord;
  readonly item: ItemRecord;
  readonly measure: MeasureRecord;
  /** Index of the measure's row in its item. */
  readonly row: number;
  /** The measure's non-blank lines. */
  readonly lines: readonly number[];
  /** All its lines are A lines, and only the first may open a page: it can be dropped or rewritten alone. */
  readonly clean: boolean;
  /** How a new measure can be added to its row, or null when it cannot. */
  readonly rowStyle: RowStyle | null;
}

interface NewMeasure {
  readonly status: string | null;
  readonly lines: readonly string[];
}

function planOf(ministry: MinistryRecord, item: ItemRecord, measure: MeasureRecord, layout: Layout): MeasurePlan {
  const lines: number[] = [];
  for (let no = measure.lineStart; no <= measure.lineEnd; no++) if (layout.nonBlank.has(no)) lines.push(no);
  // An item the parser matched to its title on thin evidence is left as it is: changing its words
  // could make the parser give its rows to another title.
  const clean = item.alignment.confidence >= MIN_EDIT_CONFIDENCE && lines.every((no, i) => layout.cellKind.get(no) === 'A' && (i === 0 || !layout.pageStart.has(no)));
  const inRow = (m: MeasureRecord, r: { lineStart: number; lineEnd: number }) => m.lineStart >= r.lineStart && m.lineStart <= r.lineEnd;
  const row = Math.max(0, item.alignment.rows.findIndex((r) => inRow(measure, r)));
  const rowMeasures = item.measures.filter((m) => inRow(m, item.alignment.rows[row]));
  let rowStyle: RowStyle | null = null;
  if (clean && rowMeasures.every((m) => m.status !== null)) rowStyle = 'tagged';
  else if (clean && rowMeasures.length >= 2 && rowMeasures.every((m) => m.status === null)) {
    const firsts = rowMeasures.map((m) => layout.text(m.lineStart).trim()[0]);
    if (firsts.every((c) => c === '・')) rowStyle = '・';
    else if (firsts.every((c) => c === '○')) rowStyle = '○';
  }
  return { ministry, item, measure, row, lines, clean, rowStyle };
}

/** A kept measure's tag: 【新規】 and 【新規・継続】 are 【継続】 a year on. */
function carriedTag(tag: string | null): string | null {
  if (tag === null) return null;
  const status = carriedStatus(tag.slice(1, -1));
  return `【${status}】`;
}

function carriedStatus(status: string | null): string | null {
  if (status === '新規' || status === '新規・継続') return '継続';
  return status;
}

/** SPEC's head of a measure from its printed lines (the tag and leading markers left out). */
function headOfLines(lines: readonly string[]): string {
  const joined = lines.map((l) => l.trim()).join('');
  return headOf(joined.replace(STATUS_TAG_RE, ''));
}

function checkOptions(o: NextYearOptions): Required<Omit<NextYearOptions, 'taxonomy' | 'seed'>> {
  if (!Number.isSafeInteger(o.seed)) throw new TypeError(`seed must be an integer, got ${o.seed}`);
  const knobs = { ...DEFAULTS, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) } as typeof DEFAULTS;
  for (const name of ['dropShare', 'rewordShare', 'newShare'] as const) {
    if (!(knobs[name] >= 0 && knobs[name] <= 1)) throw new TypeError(`${name} must be a share from 0 to 1, got ${knobs[name]}`);
  }
  for (const name of ['renames', 'newItems', 'newItemMeasures'] as const) {
    if (!Number.isInteger(knobs[name]) || knobs[name] < 0) throw new TypeError(`${name} must be a non-negative integer, got ${knobs[name]}`);
  }
  if (knobs.newItems > 0 && knobs.newItemMeasures < 1) throw new TypeError(`newItemMeasures must be at least 1 when newItems is ${knobs.newItems}`);
  if (typeof knobs.sameThemeNew !== 'boolean') throw new TypeError(`sameThemeNew must be true or false, got ${String(knobs.sameThemeNew)}`);
  const { dropShare, rewordShare, newShare, renames, newItems, newItemMeasures, sameThemeNew } = knobs;
  return { dropShare, rewordShare, newShare, renames, newItems, newItemMeasures, sameThemeNew };
}

