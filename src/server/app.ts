/**
 * The application without process concerns: Apollo Server over a node:http server, ready to
 * `listen` (port 0 for tests) and to `stop` (stop accepting, drain in-flight requests). It does not
 * own the database: the caller closes it after `stop`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { LIMIT_DEFAULTS, type Config } from '../config';
import type { Executor } from '../db/executor';
import { resolvers } from '../resolvers';
import { CrossRequestBatcher } from '../../loaders/crossRequestBatcher';
import { ServedReportsWatcher } from '../../loaders/servedReports';
import { createContext, type GraphContext } from './context';
import { createFormatError } from './errors';
import { createHttpHandler } from './httpHandler';
import { silentLogger, type Logger } from './log';
import { ReadOnlyOperationsRule } from './readOnlyRule';
import { DEFAULT_CACHE_MB, ResponseCache } from './responseCache';
import { loadTypeDefs } from './schema';
import { limitRules } from './validation/limitRules';

/** Largest request body accepted (a GraphQL query is a few KB; this stops abuse early). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Limits default to LIMIT_DEFAULTS when absent. */
  readonly config: Pick<Config, 'nodeEnv' | 'corsOrigins'> & Partial<Pick<Config, keyof typeof LIMIT_DEFAULTS | 'responseCache' | 'responseCacheHeader' | 'responseCacheMb' | 'batchWindowMs'>>;
  readonly executor: Executor;
  readonly log?: Logger;
  /** How long a read of the served reports' versions is trusted (default 1 s; see loaders/servedReports.ts). */
  readonly versionTtlMs?: number;
}

export interface App {
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<GraphContext>;
  /** The response cache, when on (tests read its stats). */
  readonly responseCache?: ResponseCache;
  /** Starts Apollo and listens; resolves with the GraphQL URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting connections and waits for in-flight requests. Safe to call twice. */
  stop(): Promise<void>;
}

/** Builds the app; nothing listens until `listen`. */
export function createApp(options: AppOptions): App {
  const log = options.log ?? silentLogger;
  const development = options.config.nodeEnv === 'development';
  const production = options.config.nodeEnv === 'production';
  const httpServer = http.createServer();
  const served = new ServedReportsWatcher(options.executor, options.versionTtlMs);
  const window = options.config.batchWindowMs ?? -1;
  const batcher = window >= 0 ? new CrossRequestBatcher(options.executor, { windowMs: window }) : undefined;
  const cache = options.config.responseCache === 'on' ? new ResponseCache({ maxBytes: (options.config.responseCacheMb ?? DEFAULT_CACHE_MB) * 1024 * 1024 }) : undefined;
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    csrfPrevention: true,
    validationRules: [ReadOnlyOperationsRule, ...limitRules({ ...LIMIT_DEFAULTS, ...options.config })],
    // Apollo derives its other defaults from NODE_ENV: give it our mode, not the process's (unset under `npm start`).
    nodeEnv: options.config.nodeEnv,
    // Production tells clients nothing about the schema beyond what they ask correctly.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Stack traces name our files and Apollo's internals: development only.
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ development, log }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Apollo's page loads its sandbox from Apollo's CDN and names the server's version; the
      // explorer at /explorer is ours. Kept in development, where the sandbox is handy.
      ...(development ? [] : [ApolloServerPluginLandingPageDisabled()]),
      // The schema carries no cache hints and our cache keys answers by report version: Apollo's
      // cache-control plugin would only spend time on every field (measurable on large answers).
      ApolloServerPluginCacheControlDisabled(),
      // Tells the response cache (in the HTTP handler, ahead of Apollo) which answers had no errors.
      ...(cache ? [ResponseCache.plugin<GraphContext>()] : []),
    ],
  });
  httpServer.on(
    'request',
    createHttpHandler({
      apollo,
      executor: options.executor,
      served: () => served.forRequest(),
      context: (snapshot) => createContext(options.executor, log, snapshot, batcher),
      ...(cache ? { cache: { store: cache, header: options.config.responseCacheHeader === 'on' } } : {}),
      log,
      bodyLimitBytes: BODY_LIMIT_BYTES,
      corsOrigins: options.config.corsOrigins,
      development,
    }),
  );
  let stopping: Promise<void> | undefined;
  return {
    httpServer,
    apollo,
    ...(cache ? { responseCache: cache } : {}),
    async listen(port, host = '127.0.0.1') {
      await apollo.start();
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve());
      });
      const address = httpServer.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return `http://${shownHost}:${address.port}/graphql`;
    },
    stop() {
      // apollo.stop() runs the drain plugin: closes the listener, waits for in-flight requests.
      stopping ??= apollo.stop();
      return stopping;
    },
  };
}
