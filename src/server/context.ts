/**
 * The per-request context: fresh DataLoaders (so one request's cache never serves another), the
 * readers for root queries, the logger, and the snapshot of the reports served (one version per
 * fiscal year) that every query of the request reads from.
 */
import { createLoaders, type Loaders } from '../../loaders';
import { createDiscoveryReader, type DiscoveryReader } from '../../loaders/discoveryReader';
import { createGraphSource, type GraphSource } from '../../loaders/graphReader';
import { createReaders, type Readers } from '../../loaders/readers';
import type { Executor } from '../db/executor';
import type { CrossRequestBatcher } from '../../loaders/crossRequestBatcher';
import type { ServedReports } from '../../loaders/servedReports';
import type { Logger } from './log';

export interface GraphContext {
  readonly loaders: Loaders;
  readonly readers: Readers;
  /** The reads of the `graph` query. */
  readonly graph: GraphSource;
  /** The reads of `themes`, `search` and `similarMinistries`. */
  readonly discovery: DiscoveryReader;
  readonly log: Logger;
  /** The reports this request reads (see src/resolvers/fiscalYear.ts for choosing one). */
  readonly served: ServedReports;
}

/** Builds the context of one request. */
export function createContext(executor: Executor, log: Logger, served: ServedReports, batcher?: CrossRequestBatcher): GraphContext {
  return { loaders: createLoaders(executor, batcher, served), readers: createReaders(executor), graph: createGraphSource(executor), discovery: createDiscoveryReader(executor), log, served };
}
