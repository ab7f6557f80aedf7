/**
 * The ministries' stable ids and English names (`data/ministries.tsv`). The report names ministries
 * in Japanese only; this table gives each a slug that stays the same across reports. A ministry the
 * table does not know yet gets an id derived from its name alone, so it too stays the same across
 * reports and wherever the report prints it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { nfkc } from './text';

export interface MinistryInfo {
  readonly id: string;
  readonly nameJa: string;
  /** Null for a ministry the table does not know: no English name is made up. */
  readonly nameEn: string | null;
  /** Position in the government's usual listing (01 内閣官房 … 27 会計検査院); null when unknown. */
  readonly number: number | null;
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
 * The directory entry for a name as printed in a banner (compared in NFKC), or, for a ministry the
 * table does not know yet (a new agency in next year's report), an entry with an id derived from
 * its name (`derivedMinistryId`), its name in NFKC and no English name; the caller flags it for review.
 */
export function lookupMinistry(directory: MinistryDirectory, printedName: string): { info: MinistryInfo; known: boolean } {
  const nameJa = nfkc(printedName).trim();
  const info = directory.get(nameJa);
  if (info) return { info, known: true };
  return { info: { id: derivedMinistryId(directory, nameJa), nameJa, nameEn: null, number: null }, known: false };
}

/**
 * A stable id for a ministry the directory does not know: `ministry-` and the first hex digits of
 * the SHA-256 of its NFKC name — the same in every report and at any position, never one of the
 * directory's ids (more digits are taken on a clash). The Japanese name has no spelling in
 * `^[a-z0-9-]+$` without a romanisation dictionary, hence a hash rather than a readable slug.
 */
export function derivedMinistryId(directory: MinistryDirectory, name: string): string {
  const hash = createHash('sha256').update(nfkc(name).trim(), 'utf8').digest('hex');
  const taken = new Set([...directory.values()].map((m) => m.id));
  for (let digits = 8; ; digits += 4) {
    const id = `ministry-${hash.slice(0, digits)}`;
    if (!taken.has(id) || digits >= hash.length) return id;
  }
}

/** The line of data/ministries.tsv that would make `name` known (number, name, id and English name to fill in). */
export function directoryLineFor(directory: MinistryDirectory, name: string, id: string): string {
  const next = Math.max(0, ...[...directory.values()].map((m) => m.number ?? 0)) + 1;
  return `${String(next).padStart(2, '0')}\t${name}\t${id}\t<English name>`;
}
