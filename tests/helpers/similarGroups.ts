/**
 * Scoring similar-measure neighbours against groups of same-practice measures
 * (tests/fixtures/similar-groups.json): recall@k is the share of group members whose k nearest
 * measures of other ministries include a member of their group.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config';

export interface SimilarGroup {
  readonly name: string;
  readonly set: string;
  readonly members: readonly { readonly id: string; readonly head: string }[];
}

export interface GroupMiss {
  readonly group: string;
  readonly measureId: string;
  /** What came instead: the k nearest of other ministries. */
  readonly nearest: readonly string[];
}

export interface RecallReport {
  readonly recall: number;
  readonly hits: number;
  readonly members: number;
  readonly misses: readonly GroupMiss[];
}

export const SIMILAR_GROUPS_FILE = path.join(projectRoot, 'tests', 'fixtures', 'similar-groups.json');

export function loadSimilarGroups(file: string = SIMILAR_GROUPS_FILE): SimilarGroup[] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { groups: SimilarGroup[] }).groups;
}

const ministryOf = (measureId: string): string => measureId.split('/')[0];

/**
 * recall@k of `nearest` (a measure id → its neighbours, best first, any ministry) over `groups`.
 * Neighbours of the member's own ministry are skipped before taking k.
 */
export function recallAtK(groups: readonly SimilarGroup[], nearest: (measureId: string) => readonly string[], k: number): RecallReport {
  let hits = 0;
  let members = 0;
  const misses: GroupMiss[] = [];
  for (const group of groups) {
    for (const member of group.members) {
      members++;
      const top = nearest(member.id).filter((id) => ministryOf(id) !== ministryOf(member.id)).slice(0, k);
      const mates = new Set(group.members.filter((m) => ministryOf(m.id) !== ministryOf(member.id)).map((m) => m.id));
      if (top.some((id) => mates.has(id))) hits++;
      else misses.push({ group: group.name, measureId: member.id, nearest: top });
    }
  }
  return { recall: members === 0 ? 0 : hits / members, hits, members, misses };
}
