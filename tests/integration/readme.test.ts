/**
 * The README's examples are true: every ```graphql block followed by a ```json block is run against
 * the API loaded as `npm start` loads it (the bundled report), and its answer must equal the JSON
 * shown. Examples whose query starts with the comment `# two years` run after the generated
 * 令和7年度 report is loaded beside it (as the README's "Several years" section does:
 * `scripts/synthesizeNextYear.ts --seed 7`). Cursors name a version of the report, which every
 * ingest renews: they are compared as "<cursor>".
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';
import { extractReport } from '../../src/ingest/extractReport';
import { ingestReport } from '../../src/ingest/ingestReport';
import { loadTaxonomy } from '../../src/discovery/taxonomy';
import { synthesizeNextYear } from '../../src/synth/synthesizeNextYear';
import { BUNDLED_REPORT, tempReport } from '../helpers/reportYears';
import { useApi } from './helpers/api';

jest.setTimeout(300_000);

const api = useApi({ versionTtlMs: 100 });

interface Example {
  readonly query: string;
  readonly expected: unknown;
  readonly line: number;
  readonly twoYears: boolean;
}

/** The README's query/answer pairs, in order. */
function examples(): Example[] {
  const text = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const blocks = [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gmu)].map((m) => ({ lang: m[1], body: m[2], line: text.slice(0, m.index).split('\n').length }));
  const out: Example[] = [];
  blocks.forEach((b, i) => {
    const next = blocks[i + 1];
    if (b.lang !== 'graphql' || next?.lang !== 'json') return;
    out.push({ query: b.body, expected: JSON.parse(next.body), line: b.line, twoYears: /^#\s*two years/mu.test(b.body) });
  });
  return out;
}

/** Cursors (versioned) compared as placeholders. */
function normalised(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalised);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (k === 'cursor' || k === 'endCursor') && typeof v === 'string' ? '<cursor>' : normalised(v)]));
  }
  return value;
}

const all = examples();

test('the README shows examples with their answers', () => {
  expect(all.length).toBeGreaterThanOrEqual(8);
  expect(all.some((e) => e.twoYears)).toBe(true);
});

test.each(all.filter((e) => !e.twoYears).map((e) => [e.line, e] as const))('README line %i: the answer shown is the API\'s', async (_line, example) => {
  const answer = await api.gql(example.query);
  expect(normalised(answer.body)).toEqual(normalised(example.expected));
});

describe('with the generated 令和7年度 report loaded beside it', () => {
  beforeAll(async () => {
    const { records } = await extractReport(BUNDLED_REPORT, { reviewsDir: null });
    const next = synthesizeNextYear(fs.readFileSync(BUNDLED_REPORT, 'utf8'), records, { seed: 7, taxonomy: loadTaxonomy() });
    await ingestReport(api.executor(), tempReport(next.text, 'wlb-followup-r7-synthetic.txt'));
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  test.each(all.filter((e) => e.twoYears).map((e) => [e.line, e] as const))('README line %i: the answer shown is the API\'s', async (_line, example) => {
    const answer = await api.gql(example.query);
    expect(normalised(answer.body)).toEqual(normalised(example.expected));
  });
});
