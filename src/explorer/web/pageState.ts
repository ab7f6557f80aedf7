/**
 * What the page shows, kept in the URL's hash so a link or a reload opens the same view:
 * `#year=2024&view=matrix&by=theme`. Unknown or malformed parts fall back to the defaults (the
 * latest loaded year, the graph, guideline sections).
 */

export type ViewName = 'graph' | 'matrix';
export type MatrixAxis = 'section' | 'theme';

export interface PageState {
  /** The fiscal year shown (Gregorian); null: the latest loaded. */
  readonly year: number | null;
  readonly view: ViewName;
  /** The matrix's columns. */
  readonly by: MatrixAxis;
}

export const DEFAULT_STATE: PageState = { year: null, view: 'graph', by: 'section' };

/** The state a hash (`#year=2024&view=matrix`, or empty) names. */
export function readHash(hash: string): PageState {
  const params = new URLSearchParams(hash.replace(/^#/u, ''));
  const year = params.get('year');
  const view = params.get('view');
  const by = params.get('by');
  return {
    year: year !== null && /^\d{4}$/u.test(year) ? Number(year) : DEFAULT_STATE.year,
    view: view === 'matrix' || view === 'graph' ? view : DEFAULT_STATE.view,
    by: by === 'theme' || by === 'section' ? by : DEFAULT_STATE.by,
  };
}

/** The hash for a state: the year always (so the link keeps it when a later year is loaded), the rest when not the default. */
export function writeHash(state: PageState): string {
  const params = new URLSearchParams();
  if (state.year !== null) params.set('year', String(state.year));
  if (state.view !== DEFAULT_STATE.view) params.set('view', state.view);
  if (state.by !== DEFAULT_STATE.by) params.set('by', state.by);
  return `#${params.toString()}`;
}
