/**
 * Over the whole bundled report: every measure whose text names a practice of the taxonomy carries
 * that theme. The check uses its own plain normalisation (NFKC, white space removed, lower case),
 * not the matcher's, so a matcher that loses a term is caught.
 */
import type { DiscoveryRecords } from '../../../src/discovery/discover';
import { loadTaxonomy, themeNodeId } from '../../../src/discovery/taxonomy';
import type { ReportRecords } from '../../../src/ingest/records';
import { discoverBundledReport } from '../../helpers/bundledReport';

const plain = (s: string): string => s.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();

let records: ReportRecords;
let discovery: DiscoveryRecords;
beforeAll(async () => {
  ({ records, discovery } = await discoverBundledReport());
}, 60_000);

const measures = () => records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => p.measures));

test('every measure containing a theme term, or the words of a `together` list in one sentence, has the theme', () => {
  const has = new Set(discovery.measureThemes.map((l) => `${l.measureId} ${l.themeId}`));
  const missing: string[] = [];
  let expected = 0;
  for (const x of measures()) {
    const text = plain(x.text);
    const sentences = text.split('。');
    for (const theme of loadTaxonomy()) {
      const term = theme.terms.find((t) => text.includes(plain(t)));
      const words = theme.together.find((ws) => sentences.some((s) => ws.every((w) => s.includes(plain(w)))));
      if (term === undefined && words === undefined) continue;
      expected++;
      if (!has.has(`${x.id} ${themeNodeId(theme.slug)}`)) missing.push(`${x.id} lacks ${theme.slug} (${term ?? words?.join('+')})`);
    }
  }
  expect(missing).toEqual([]);
  expect(expected).toBeGreaterThan(0);
  // Every link the stage made has its evidence.
  for (const l of discovery.measureThemes) expect(l.terms.length).toBeGreaterThan(0);
});

test('the measures left without a theme are listed (and are few)', () => {
  const all = measures();
  const themed = new Set(discovery.measureThemes.map((l) => l.measureId));
  expect(discovery.unthemed.map((u) => u.measureId)).toEqual(all.filter((x) => !themed.has(x.id)).map((x) => x.id));
  const coverage = 1 - discovery.unthemed.length / all.length;
  console.log(
    `theme coverage: ${all.length - discovery.unthemed.length}/${all.length} measures (${(coverage * 100).toFixed(1)}%); without a theme:\n` +
      discovery.unthemed.map((u) => `  ${u.measureId}: ${u.head}…`).join('\n'),
  );
  expect(coverage).toBeGreaterThanOrEqual(0.95);
});

test('the practices users ask about are found at several ministries', () => {
  const ministriesOf = (slug: string) =>
    new Set(discovery.measureThemes.filter((l) => l.themeId === themeNodeId(slug)).map((l) => l.measureId.split('/')[0]));
  for (const slug of ['multi-rater-feedback', 'one-on-one', 'telework', 'working-hours-systems', 'management-training', 'engagement-surveys']) {
    expect(ministriesOf(slug).size).toBeGreaterThanOrEqual(3);
  }
});
