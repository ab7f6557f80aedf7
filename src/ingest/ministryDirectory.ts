/**
 * The ministries' stable ids and English names (`data/ministries.tsv`). The report names ministries
 * in Japanese only; this table gives each a slug that stays the same across reports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { nfkc } from './text';

export interface MinistryInfo {
  readonly id: string;
  readonly nameJa: string;
  readonly nameEn: string;
  /** Position in the government's usual listing (01 内閣官房 … 27 会計検査院). */
  readonly number: number;
}

export type MinistryDirectory = ReadonlyMap<string, MinistryInfo>;

const DEFAULT_PATH = path.join(projectRoot, 'data', 'ministries.tsv');

/** Reads the TSV (header: number, nameJa, id, nameEn), keyed by NFKC-normalised Japanese name. */
export function loadMinistryDirectory(file: string = DEFAULT_PATH): MinistryDirectory {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/u).filter((l) => l.trim() !== '');
  const [header, ...rows] = lines;
  if (header.split('\t').join(',') !== 'number,nameJa,id,nameEn') {
    throw new Error(`${file}: expected the header "number<TAB>nameJa<TAB>id<TAB>nameEn", got "${header}"`);
  }
  const directory = new Map<string, MinistryInfo>();
  rows.forEach((row, i) => {
    const [number, nameJa, id, nameEn] = row.split('\t');
    if (!nameJa || !id || !nameEn || !/^[a-z0-9-]+$/u.test(id)) {
      throw new Error(`${file}:${i + 2}: expected number, Japanese name, slug id and English name, got "${row}"`);
    }
    directory.set(nfkc(nameJa).trim(), { id, nameJa, nameEn, number: Number(number) });
  });
  return directory;
}

/**
 * The directory entry for a name as printed in a banner, or a provisional one for a ministry the
 * table does not know yet (a new agency in next year's report): its id is derived from its position
 * and flagged by the caller for review.
 */
export function lookupMinistry(directory: MinistryDirectory, printedName: string, position: number): { info: MinistryInfo; known: boolean } {
  const info = directory.get(nfkc(printedName).trim());
  if (info) return { info, known: true };
  return { info: { id: `ministry-${position}`, nameJa: printedName, nameEn: printedName, number: 900 + position }, known: false };
}
