/**
 * The executable schema: every SDL file of `schema/` (one per area) with the resolver map.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

export const SCHEMA_DIR = path.join(projectRoot, 'schema');

/** The SDL files' texts, in file-name order (node.graphql declares the root types others extend). */
export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  if (files.length === 0) throw new TypeError(`no .graphql files in ${dir}`);
  return files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}
