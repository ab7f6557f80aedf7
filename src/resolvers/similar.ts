/**
 * `similarMeasures` and `similarMinistries`: the neighbours stored at ingest, filtered and cut
 * here; the evidence (themes) resolved through the loaders.
 */
import { primeNeighbours } from '../../loaders';
import type { QueryResolvers, SimilarMeasureResolvers, SimilarMinistryResolvers } from '../generated/graphql';
import { uidOf } from '../model/ids';
import { badUserInput, notFound } from '../server/errors';
import { uidIn, uidOfYearScopedId } from './fiscalYear';
import { required } from './required';

/** Most neighbours a call returns (the ingest stores 10 of other ministries and 5 of its own). */
export const MAX_SIMILAR = 50;

export const SimilarMeasure: SimilarMeasureResolvers = {
  sharedTerms: (s) => [...s.sharedTerms],
  sharedThemes: async (s, _args, { loaders }) =>
    (await loaders.theme.loadMany(s.sharedThemes.map((id) => uidOf(s.measure.version, id)))).map((t, i) => required(t instanceof Error ? null : t, 'shared theme', s.sharedThemes[i])),
  sharedClauses: (s) => [...s.sharedClauses],
};

export const SimilarMinistry: SimilarMinistryResolvers = {
  sharedThemes: (s) => [...s.sharedThemes],
};

export const similarQueries: QueryResolvers = {
  similarMeasures: async (_root, { measureId, first, acrossMinistries, minScore }, { loaders, served }) => {
    const limit = checkedFirst(first);
    if (minScore != null && !(minScore >= 0 && minScore <= 1)) throw badUserInput(`minScore must be between 0 and 1; got ${minScore}`, 'minScore');
    const uid = uidOfYearScopedId(served, measureId);
    const found = uid === null ? null : await loaders.similarOfMeasure.load(uid);
    if (found === null) throw notFound(`no measure has the id ${JSON.stringify(measureId)} (ids look like 2024/cabinet-office/p4/m2)`);
    return primeNeighbours(loaders, found)
      .filter((n) => !(acrossMinistries ?? true) || !n.sameMinistry)
      .filter((n) => minScore == null || n.score >= minScore)
      .slice(0, limit);
  },

  similarMinistries: async (_root, { ministryId, first, fiscalYear }, { loaders, discovery, served }) => {
    const limit = checkedFirst(first);
    const uid = uidIn(served, fiscalYear, ministryId);
    if ((await loaders.ministry.load(uid)) === null) throw notFound(`no ministry has the id ${JSON.stringify(ministryId)} (ids look like cabinet-office)`);
    return discovery.similarMinistries(uid, limit);
  },
};

function checkedFirst(first: number | null | undefined): number {
  const n = first ?? 10;
  if (!Number.isInteger(n) || n < 1 || n > MAX_SIMILAR) throw badUserInput(`first must be an integer from 1 to ${MAX_SIMILAR}; got ${n}`, 'first');
  return n;
}
