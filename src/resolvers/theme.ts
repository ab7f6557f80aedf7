/**
 * Theme fields, the theme fields of Measure and Ministry, and the `themes` / `theme` root queries.
 */
import { primeMeasurePage } from '../../loaders';
import type { MeasureResolvers, MinistryResolvers, QueryResolvers, ThemeMatchResolvers, ThemeResolvers } from '../generated/graphql';
import { themeIdOf } from '../discovery/taxonomy';
import { reportFor, uidIn } from './fiscalYear';
import { measureFilter, measureScope } from './measureWhere';
import { measureWindow, ministryWindow, toConnection } from './pages';

export const Theme: ThemeResolvers = {
  terms: (t) => [...t.terms],
  measures: async (t, { first, after }, ctx) => {
    const window = await measureWindow(ctx, first, after, t.version);
    const scope = measureScope(t.version, null, { anchor: 'theme', themeUid: t.uid });
    return toConnection(primeMeasurePage(ctx.loaders, await ctx.loaders.measurePages(measureFilter(t.version, null), window).load(scope)), window);
  },
  ministries: async (t, { first, after }, ctx) => {
    const window = await ministryWindow(ctx, first, after, t.version);
    const scope = { anchor: 'theme', clauseUid: null, includeDescendants: true, themeUid: t.uid } as const;
    return toConnection(await ctx.loaders.ministryPages({ version: t.version, nameContains: null }, window).load(scope), window);
  },
  clauses: (t, _args, { loaders }) => loaders.clausesOfTheme.load(t.uid),
  measureCount: (t, _args, { loaders }) => loaders.measureCountOfTheme.load(t.uid),
};

export const ThemeMatch: ThemeMatchResolvers = {
  terms: (m) => [...m.terms],
};

export const measureThemeFields: MeasureResolvers = {
  themes: async (x, _args, { loaders }) => (await loaders.themeMatchesOfMeasure.load(x.uid)).map((m) => m.theme),
  themeMatches: (x, _args, { loaders }) => loaders.themeMatchesOfMeasure.load(x.uid),
};

export const ministryThemeFields: MinistryResolvers = {
  themes: (m, _args, { loaders }) => loaders.themesOfMinistry.load(m.uid),
};

export const themeQueries: QueryResolvers = {
  themes: (_root, { fiscalYear }, { discovery, served }) => discovery.themes(reportFor(served, fiscalYear).version),
  theme: (_root, { id, fiscalYear }, { loaders, served }) => loaders.theme.load(uidIn(served, fiscalYear, themeIdOf(id))),
};
