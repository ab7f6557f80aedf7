/**
 * Theme fields, the theme fields of Measure and Ministry, and the `themes` / `theme` root queries.
 */
import type { MeasureResolvers, MinistryResolvers, QueryResolvers, ThemeMatchResolvers, ThemeResolvers } from '../generated/graphql';
import { themeIdOf } from '../discovery/taxonomy';

export const Theme: ThemeResolvers = {
  terms: (t) => [...t.terms],
  measures: (t, _args, { loaders }) => loaders.measuresOfTheme.load(t.id),
  ministries: (t, _args, { loaders }) => loaders.ministriesOfTheme.load(t.id),
  clauses: (t, _args, { loaders }) => loaders.clausesOfTheme.load(t.id),
  measureCount: (t, _args, { loaders }) => loaders.measureCountOfTheme.load(t.id),
};

export const ThemeMatch: ThemeMatchResolvers = {
  terms: (m) => [...m.terms],
};

export const measureThemeFields: MeasureResolvers = {
  themes: async (x, _args, { loaders }) => (await loaders.themeMatchesOfMeasure.load(x.id)).map((m) => m.theme),
  themeMatches: (x, _args, { loaders }) => loaders.themeMatchesOfMeasure.load(x.id),
};

export const ministryThemeFields: MinistryResolvers = {
  themes: (m, _args, { loaders }) => loaders.themesOfMinistry.load(m.id),
};

export const themeQueries: QueryResolvers = {
  themes: (_root, _args, { discovery }) => discovery.themes(),
  theme: (_root, { id }, { loaders }) => loaders.theme.load(themeIdOf(id)),
};
