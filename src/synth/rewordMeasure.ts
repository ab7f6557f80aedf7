/**
 * Rewording a measure the way a ministry rewrites it the next year: the meaning stays, the words
 * move. Two or three of these edits, drawn at random:
 * - synonyms: up to five phrases or words swapped for ones of the same meaning (実施した → 行った,
 *   研修 → 講習);
 * - sentenceAdded: a sentence of the kind reports add (引き続き、効果を確かめながら取組を続ける。);
 * - sentenceRemoved: one sentence left out (never the only one of a paragraph, and only from a
 *   measure of three or more);
 * - reordered: two bullets of the measure, or two sentences of a paragraph, change places.
 */
import type { MeasureShape, Paragraph } from './layout';
import type { Random } from './random';

export type RewordEdit = 'synonyms' | 'sentenceAdded' | 'sentenceRemoved' | 'reordered';

/** Phrases and stand-ins of the same meaning. */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['実施した', '行った'],
  ['実施する', '行う'],
  ['実施している', '行っている'],
  ['周知した', '周知を図った'],
  ['推進する', '進める'],
  ['活用し', '利用し'],
  ['活用する', '利用する'],
  ['取り組んだ', '取組を進めた'],
  ['導入した', '取り入れた'],
  ['図る', '目指す'],
  ['引き続き', '今後も'],
  ['把握', '確認'],
  ['管理職員', '管理職'],
  ['幹部職員', '幹部'],
  ['全職員', '職員全体'],
  ['意見交換', '意見の交換'],
  ['開催した', '開いた'],
  ['検討を行う', '検討する'],
  ['見直しを行った', '見直した'],
  ['作成した', '作った'],
  ['ため、', 'ことから、'],
  ['より一層', 'さらに'],
  // Content words: the terms lineage compares change too.
  ['研修', '講習'],
  ['周知', '案内'],
  ['削減', '縮減'],
  ['資料', '文書'],
  ['作成', '策定'],
  ['整備', '構築'],
  ['導入', '採用'],
  ['参加', '出席'],
  ['確保', '確立'],
  ['共有', '伝達'],
  ['意識', '認識'],
  ['管理職', '管理者'],
  ['検討', '検証'],
  ['取組', '施策'],
  ['活用', '利用'],
];

/** Sentences reports add to a measure they carry on; none names a theme's term. */
const ADDED_SENTENCES = [
  '引き続き、効果を確かめながら取組を続ける。',
  '実施状況は幹部会で共有している。',
  '今後も、職員の意見を聞きながら運用を改める。',
  '前年度の結果も踏まえ、対象の範囲を広げた。',
  'その結果は部内にも周知した。',
];

const EDIT_ORDER: readonly RewordEdit[] = ['sentenceRemoved', 'synonyms', 'sentenceAdded', 'reordered'];

/** Connectives that cannot open a measure once their sentence moves first. */
const CONNECTIVE_RE = /^(?:また|さらに|なお|加えて|その上で|一方)、/u;

/** The reworded shape and the edits made (at least one). */
export function rewordMeasure(shape: MeasureShape, random: Random): { shape: MeasureShape; edits: RewordEdit[] } {
  let paragraphs: Paragraph[] = shape.paragraphs.map((p) => ({ ...p }));
  const edits: RewordEdit[] = [];
  const drawn = new Set(random.shuffle<RewordEdit>(['synonyms', 'sentenceAdded', 'sentenceRemoved', 'reordered']).slice(0, 2 + random.int(2)));
  // Removal first, so that it never takes back the sentence just added.
  for (const edit of EDIT_ORDER.filter((e) => drawn.has(e))) {
    const next = apply(edit, paragraphs, random);
    if (next !== null) {
      paragraphs = next;
      edits.push(edit);
    }
  }
  if (edits.length === 0 || paragraphs.every((p, i) => p.body === shape.paragraphs[i]?.body && p.marker === shape.paragraphs[i].marker)) {
    paragraphs = apply('sentenceAdded', paragraphs, random) as Paragraph[];
    edits.push('sentenceAdded');
  }
  return { shape: { ...shape, paragraphs }, edits };
}

/** One edit, or null when the measure offers nothing for it. */
function apply(edit: RewordEdit, paragraphs: Paragraph[], random: Random): Paragraph[] | null {
  switch (edit) {
    case 'synonyms': {
      const present = SYNONYMS.filter(([from]) => paragraphs.some((p) => p.body.includes(from)));
      if (present.length === 0) return null;
      const chosen = random.shuffle(present).slice(0, 5);
      return paragraphs.map((p) => ({ ...p, body: chosen.reduce((body, [from, to]) => body.split(from).join(to), p.body) }));
    }
    case 'sentenceAdded': {
      const last = paragraphs[paragraphs.length - 1];
      const body = /[。．]$/u.test(last.body) ? last.body : `${last.body}。`;
      return [...paragraphs.slice(0, -1), { ...last, body: body + random.pick(ADDED_SENTENCES) }];
    }
    case 'sentenceRemoved': {
      const split = paragraphs.map((p) => sentences(p.body));
      if (split.flat().length < 3) return null;
      // Any sentence but the first of the measure, from a paragraph that keeps one.
      const choices = split.flatMap((list, p) => (list.length < 2 ? [] : list.map((_, s) => [p, s] as const).filter(([pp, ss]) => pp > 0 || ss > 0)));
      if (choices.length === 0) return null;
      const [p, s] = random.pick(choices);
      return paragraphs.map((para, i) => (i === p ? { ...para, body: split[p].filter((_, k) => k !== s).join('') } : para));
    }
    case 'reordered': {
      // Two neighbouring bullets with the same marker (never the measure's first paragraph, which carries its marker).
      const bullets = paragraphs.flatMap((p, i) => (i > 0 && i + 1 < paragraphs.length && p.marker !== '' && paragraphs[i + 1].marker === p.marker ? [i] : []));
      if (bullets.length > 0) {
        const i = random.pick(bullets);
        const out = [...paragraphs];
        [out[i], out[i + 1]] = [out[i + 1], out[i]];
        return out;
      }
      const withTwo = paragraphs.flatMap((p, i) => (sentences(p.body).length >= 2 ? [i] : []));
      if (withTwo.length === 0) return null;
      const i = random.pick(withTwo);
      const list = sentences(paragraphs[i].body);
      const k = random.int(list.length - 1);
      const swapped = [...list];
      [swapped[k], swapped[k + 1]] = [list[k + 1].replace(CONNECTIVE_RE, ''), list[k]];
      return paragraphs.map((p, j) => (j === i ? { ...p, body: swapped.join('') } : p));
    }
    default: {
      const unreachable: never = edit;
      throw new Error(`unknown edit ${String(unreachable)}`);
    }
  }
}

/** Sentences of a paragraph, each with its full stop (a tail without one is a sentence too). */
function sentences(body: string): string[] {
  return body.match(/[^。]+(?:。|$)|。/gu)?.filter((s) => s !== '') ?? [];
}
