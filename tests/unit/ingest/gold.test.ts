/**
 * The extraction against the hand-checked gold records of the gates: items F1 ≥ 0.98,
 * measures ≥ 0.98, clause paths ≥ 0.95, item order ≥ 0.98. Prints the figures.
 */
import path from 'node:path';
import { loadAlignmentKnowledge } from '../../../src/ingest/alignment/knowledge';
import { loadMinistryDirectory } from '../../../src/ingest/ministryDirectory';
import { parseReport } from '../../../src/ingest/parseReport';
import type { ReportRecords } from '../../../src/ingest/records';
import { readReportFile } from '../../../src/ingest/readReport';
import { loadGold, scoreAgainstGold, type GoldScore } from '../../helpers/goldScore';

const REPORT = path.join(__dirname, '../../../data/wlb-followup-r6.txt');

describe('extraction against the gold records', () => {
  let records: ReportRecords;
  let score: GoldScore;
  beforeAll(async () => {
    records = parseReport(readReportFile(REPORT), { directory: loadMinistryDirectory(), source: 'wlb-followup-r6.txt', knowledge: await loadAlignmentKnowledge() });
    score = scoreAgainstGold(loadGold(), records.ministries);
  });

  test('meets the gates', () => {
    console.log(
      `gold: items F1 ${score.itemF1.toFixed(3)}, measures ${score.measureAccuracy.toFixed(3)}, ` +
        `clause paths ${score.clauseAccuracy.toFixed(3)}, order ${score.orderAccuracy.toFixed(3)}` +
        (score.misses.length ? `\n  ${score.misses.join('\n  ')}` : ''),
    );
    expect(score.itemF1).toBeGreaterThanOrEqual(0.98);
    expect(score.measureAccuracy).toBeGreaterThanOrEqual(0.98);
    expect(score.clauseAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(score.orderAccuracy).toBeGreaterThanOrEqual(0.98);
  });

  test('covers all 27 ministries in report order, with stable ids', () => {
    expect(records.ministries).toHaveLength(27);
    expect(records.ministries[0].ministryId).toBe('cabinet-secretariat');
    expect(records.ministries.map((m) => m.order)).toEqual(records.ministries.map((_, i) => i + 1));
    const ids = records.ministries.flatMap((m) => m.priorityItems.flatMap((p) => [p.id, ...p.measures.map((x) => x.id)]));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('reads the report year from the banner', () => {
    expect(records.report.fiscalYear).toBe('令和6年度');
    expect(records.report.measuresFiscalYear).toBe('令和5年度');
  });

  test('a ministry without priority items has none (こども家庭庁)', () => {
    const cfa = records.ministries.find((m) => m.ministryId === 'children-and-families-agency');
    expect(cfa?.priorityItems).toEqual([]);
  });
});
