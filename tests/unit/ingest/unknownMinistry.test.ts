/**
 * A ministry data/ministries.tsv does not know (a new agency in next year's report): the report is
 * the bundled one with デジタル庁's banner renamed to a new 庁. Extraction and the graph parameters
 * still work; its id comes from its name (the same wherever the report prints it), its English
 * name is left empty, and the review list says what line to add.
 */
import path from 'node:path';
import { projectRoot } from '../../../src/config';
import { derivedMinistryId, loadMinistryDirectory, lookupMinistry } from '../../../src/ingest/ministryDirectory';
import type { ReportRecords } from '../../../src/ingest/records';
import { readReportFile } from '../../../src/ingest/readReport';
import { graphRows } from '../../../src/ingest/graphRows';
import { canonicalView } from '../../metamorphic/canonical';
import { loadExtractor, type Extract } from '../../metamorphic/extractor';
import { generateOne, loadOriginal } from '../../metamorphic/generate';

const NEW_NAME = '宇宙開発庁';
const directory = loadMinistryDirectory();
const original = readReportFile(path.join(projectRoot, 'data', 'wlb-followup-r6.txt'));
const renamed = original.replace('【府省等名：デジタル庁】', `【府省等名：${NEW_NAME}】`);
const id = derivedMinistryId(directory, NEW_NAME);
let extract: Extract;
let records: ReportRecords;

beforeAll(async () => {
  extract = await loadExtractor();
  records = extract(renamed, 'renamed.txt');
});

describe('a ministry the directory does not know', () => {
  test('the report was renamed where intended, and the name is not in the directory', () => {
    expect(renamed).not.toBe(original);
    expect(lookupMinistry(directory, NEW_NAME).known).toBe(false);
  });

  test('extraction works: its id is derived from its name, its English name is empty', () => {
    expect(records.ministries).toHaveLength(27);
    const m = records.ministries.find((x) => x.ministry === NEW_NAME);
    expect(m).toMatchObject({ ministryId: id, nameEn: null });
    expect(id).toMatch(/^ministry-[0-9a-f]{8}$/u);
    expect([...directory.values()].map((x) => x.id)).not.toContain(id);
  });

  test('its items and measures are デジタル庁\'s, under the new id', () => {
    const before = canonicalView(extract(original, 'original.txt')).ministries.get('digital-agency')!;
    const after = canonicalView(records).ministries.get(id)!;
    const rekey = <V>(map: ReadonlyMap<string, V>) => new Map([...map].map(([k, v]) => [k.replace(/^digital-agency\//u, `${id}/`), v]));
    expect(after.items.size).toBeGreaterThan(0);
    expect([...after.items.keys()]).toEqual([...before.items.keys()].map((k) => k.replace('digital-agency', id)));
    for (const [itemId, item] of before.items) {
      const mine = after.items.get(itemId.replace('digital-agency', id))!;
      expect({ ...mine, measures: [...mine.measures] }).toEqual({ ...item, measures: [...rekey(item.measures)] });
    }
  });

  test('the review list says it is not in data/ministries.tsv, that its English name is missing, and what to add', () => {
    const notes = records.review.filter((n) => n.ministryId === id);
    expect(notes).toContainEqual(
      expect.objectContaining({
        reason: expect.stringMatching(new RegExp(`^ministry "${NEW_NAME}" is not in data/ministries\\.tsv: .*English name is missing; add the line "28\\t${NEW_NAME}\\t${id}\\t<English name>"`, 'u')),
      }),
    );
  });

  test('its id does not depend on where the report prints it (ministries reordered)', () => {
    const model = loadOriginal(renamed, records);
    const moved = generateOne(model, ['reorderMinistries'], 7).text;
    const again = extract(moved, 'moved.txt');
    const order = (r: typeof records) => r.ministries.findIndex((m) => m.ministry === NEW_NAME);
    expect(order(again)).not.toBe(order(records));
    expect(again.ministries[order(again)].ministryId).toBe(id);
  });

  test('the graph parameters carry a null English name (schema: Ministry.nameEn is nullable)', () => {
    const row = graphRows(records, { fiscalYear: 2024, version: 'fy2024xtest' }).ministries.find((m) => m.props.id === id);
    expect(row?.props).toMatchObject({ id, nameJa: NEW_NAME, nameEn: null });
  });

  test('a known name printed in other widths is still known; a derived id never takes a directory id', () => {
    expect(lookupMinistry(directory, 'ﾃﾞｼﾞﾀﾙ庁')).toMatchObject({ known: true, info: { id: 'digital-agency' } });
    const clash = new Map(directory);
    clash.set('衝突', { id, nameJa: '衝突', nameEn: 'Clash', number: 99 });
    expect(derivedMinistryId(clash, NEW_NAME)).toMatch(new RegExp(`^${id}[0-9a-f]{4}$`, 'u'));
  });
});
