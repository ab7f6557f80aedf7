/**
 * Morphemes → content terms: the words that carry a measure's meaning, and the compounds Japanese
 * writes without spaces. Rules (IPA dictionary parts of speech):
 * - ASCII letters and digits written together are one word (1on1, RPA, e-mail stays e / mail);
 * - a number followed by a counter is a unit: "360度" is kept inside a compound, while dates and
 *   counts (年, 月, 回, 名…) break it, as do numbers on their own;
 * - consecutive nouns (with a leading prefix and trailing suffixes) form a run; every stretch of
 *   2–4 morphemes of a run is a compound term (多面観察 and 観察調査 of 多面観察調査), and so is the
 *   whole run up to 6 morphemes;
 * - single content words: nouns (common, verbal, proper, adjectival), verbs and adjectives in their
 *   dictionary form, except a short list of light words (する, こと, ため…) and one-character nouns.
 * Terms are keyed by `foldKey` (lower case, hiragana as katakana) and keep the text as printed.
 */
import type { IpadicFeatures } from 'kuromoji';
import { foldKey } from './normalize';

export interface Term {
  /** Comparison key (foldKey of the surface). */
  readonly key: string;
  /** The term as printed (display form; a verb's dictionary form). */
  readonly surface: string;
  readonly kind: 'word' | 'compound';
}

/** Nouns that never stand as terms of their own (they may still be part of a compound). */
export const STOP_NOUNS: ReadonlySet<string> = new Set([
  'こと', 'もの', 'ため', 'よう', 'ところ', 'とき', 'ほか', 'など', 'これ', 'それ', 'そこ', 'うち', 'たち',
  '令和', '平成', '年度', '今後', '引き続き', '以下', '以上', '以降', '以外', '場合', '状況', '実施', '取組', '取り組み',
  '一層', '更なる', '各種', '全体', '具体', '必要', '可能', '程度', '一部', '予定', '観点', '推進', '向上', '対応',
]);

/** Verbs and adjectives that carry grammar rather than meaning. */
const STOP_VERBS = new Set([
  'する', 'なる', 'ある', 'いる', 'できる', 'れる', 'られる', 'せる', 'させる', 'おる', 'いう', 'よる', 'くる', 'いく',
  'みる', 'おく', 'しまう', '行う', '図る', '踏まえる', '向ける', '含める', '伴う', '努める', '関する', '対する', '係る',
  '基づく', '通じる', '応じる', '進める', 'おける', '当たる', '至る', 'もつ', '持つ', '行える', '得る', 'える', 'ない', 'よい', '良い',
]);

/** Counters after a number that make a date or a count, not a concept ("5年", "2回"). */
const COUNT_SUFFIXES = new Set([
  '年', '年度', '年間', '年目', '月', 'か月', 'ヶ月', 'カ月', '日', '週', '回', '名', '件', '人', '時', '時間', '分', '割',
  '級', '号', '階', '箇所', 'か所', 'カ所', '枚', '点', '歳', '期', '倍', '%', '円', '課', '室', '次', '本', '台',
]);

/** Suffixes that end a run (a compound "職員等" or "テレワーク中" says nothing more than its head). */
const BREAKING_SUFFIXES = new Set(['等', '毎', 'ごと', '中', '上', '内', '後', '前', '間', '以上', '以下', '以降', '全体', 'ら', 'たち', '方']);

const ALNUM_RE = /^[0-9A-Za-z]+$/u;
const HAS_LETTER_RE = /[\p{L}]/u;
const NUMBER_RE = /^[0-9０-９.,]+$/u;

type Role = 'noun' | 'prefix' | 'suffix' | 'number' | 'unit' | 'other';

interface Morph {
  readonly surface: string;
  readonly base: string;
  readonly pos: string;
  readonly detail: string;
  readonly start: number;
  readonly role: Role;
  /** Stands as a single-word term. */
  readonly content: boolean;
}

/** The content terms of analysed text, in text order (a term may repeat: counts are term frequency). */
export function contentTerms(morphemes: readonly IpadicFeatures[]): Term[] {
  const morphs = units(joinAlnum(morphemes).map(toMorph));
  const terms: Term[] = [];
  let run: Morph[] = [];
  const flush = (): void => {
    terms.push(...compounds(run));
    run = [];
  };
  for (const m of morphs) {
    if (m.content) terms.push({ key: foldKey(m.base), surface: m.base, kind: 'word' });
    const joins = m.role === 'noun' || m.role === 'unit' || (m.role === 'prefix' && run.length === 0) || (m.role === 'suffix' && run.length > 0);
    const contiguous = run.length === 0 || run[run.length - 1].start + run[run.length - 1].surface.length === m.start;
    if (m.role === 'suffix' && BREAKING_SUFFIXES.has(m.surface)) {
      flush();
      continue;
    }
    if (!joins || !contiguous) flush();
    if (joins) run.push(m);
  }
  flush();
  return terms;
}

/** Compound terms of a run: stretches of 2–4 morphemes, and the whole run up to 6. */
function compounds(run: readonly Morph[]): Term[] {
  // A run does not end with a prefix, nor start with a suffix.
  let from = 0;
  let to = run.length;
  while (from < to && run[from].role === 'suffix') from++;
  while (to > from && run[to - 1].role === 'prefix') to--;
  const parts = run.slice(from, to);
  const out: Term[] = [];
  const seen = new Set<string>();
  const add = (slice: readonly Morph[]): void => {
    if (slice.length < 2 || slice[0].role === 'suffix' || slice[slice.length - 1].role === 'prefix') return;
    const surface = slice.map((m) => m.surface).join('');
    const key = foldKey(surface);
    if (seen.has(key) || STOP_NOUNS.has(surface)) return;
    seen.add(key);
    out.push({ key, surface, kind: 'compound' });
  };
  for (let length = 2; length <= Math.min(4, parts.length); length++) {
    for (let i = 0; i + length <= parts.length; i++) add(parts.slice(i, i + length));
  }
  if (parts.length > 4 && parts.length <= 6) add(parts);
  return out;
}

function toMorph(f: IpadicFeatures): Morph {
  const surface = f.surface_form;
  const base = f.basic_form && f.basic_form !== '*' ? f.basic_form : surface;
  const start = f.word_position - 1;
  const letter = HAS_LETTER_RE.test(surface);
  const make = (role: Role, content: boolean): Morph => ({ surface, base, pos: f.pos, detail: f.pos_detail_1, start, role, content });
  if (f.pos === '名詞') {
    if (f.pos_detail_1 === '数' || NUMBER_RE.test(surface)) return make('number', false);
    if (f.pos_detail_1 === '接尾') return make('suffix', false);
    if (!letter) return make('other', false);
    if (f.pos_detail_1 === '非自立' || f.pos_detail_1 === '代名詞' || f.pos_detail_1 === '特殊') return make('other', false);
    const content = [...surface].length >= 2 && !STOP_NOUNS.has(surface);
    return make('noun', content);
  }
  if (f.pos === '接頭詞' && f.pos_detail_1 === '名詞接続') return make('prefix', false);
  if ((f.pos === '動詞' || f.pos === '形容詞') && f.pos_detail_1 === '自立') {
    return make('other', [...base].length >= 2 && !STOP_VERBS.has(base));
  }
  return make('other', false);
}

/** Adjacent ASCII letters and digits ("1", "on", "1") become one noun ("1on1"). */
function joinAlnum(morphemes: readonly IpadicFeatures[]): IpadicFeatures[] {
  const out: IpadicFeatures[] = [];
  for (const m of morphemes) {
    const last = out[out.length - 1];
    if (
      last &&
      ALNUM_RE.test(last.surface_form) &&
      ALNUM_RE.test(m.surface_form) &&
      last.word_position + last.surface_form.length === m.word_position &&
      !(NUMBER_RE.test(last.surface_form) && NUMBER_RE.test(m.surface_form))
    ) {
      const surface = last.surface_form + m.surface_form;
      out[out.length - 1] = { ...last, surface_form: surface, basic_form: surface, pos: '名詞', pos_detail_1: '固有名詞' };
    } else {
      out.push(m);
    }
  }
  return out;
}

/**
 * Numbers with their counters: "360" + "度" becomes the unit 360度; a date or count ("5" + "年")
 * and a bare number become `other`, which ends a run.
 */
function units(morphs: readonly Morph[]): Morph[] {
  const out: Morph[] = [];
  for (let i = 0; i < morphs.length; i++) {
    const m = morphs[i];
    if (m.role !== 'number') {
      out.push(m);
      continue;
    }
    const next = morphs[i + 1];
    if (next && next.role === 'suffix' && next.start === m.start + m.surface.length) {
      i++;
      const unit = COUNT_SUFFIXES.has(next.surface) ? 'other' : 'unit';
      out.push({ ...m, surface: m.surface + next.surface, base: m.surface + next.surface, role: unit, content: false });
      continue;
    }
    out.push({ ...m, role: 'other' });
  }
  return out;
}
