/**
 * The application without process concerns: Apollo Server over a node:http server, ready to
 * `listen` (port 0 for tests) and to `stop` (stop accepting, drain in-flight requests). It does not
 * own the database: the caller closes it after `stop`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { LIMIT_DEFAULTS, type Config } from '../config';
import type { Executor } from '../db/executor';
import { resolvers } from '../resolvers';
import { ServedReportsWatcher } from '../../loaders/servedReports';
import { createContext, type GraphContext } from './context';
import { createFormatError } from './errors';
import { createHttpHandler } from './httpHandler';
import { silentLogger, type Logger } from './log';
import { ReadOnlyOperationsRule } from './readOnlyRule';
import { responseCachePlugin } from './plugins/responseCache';
import { loadTypeDefs } from './schema';
import { limitRules } from './validation/limitRules';

/** Largest request body accepted (a GraphQL query is a few KB; this stops abuse early). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  /** Limits default to LIMIT_DEFAULTS when absent. */
  readonly config: Pick<Config, 'nodeEnv' | 'corsOrigins'> & Partial<Pick<Config, keyof typeof LIMIT_DEFAULTS | 'responseCache' | 'responseCacheHeader'>>;
  readonly executor: Executor;
  readonly log?: Logger;
  /** How long a read of the served reports' versions is trusted (default 1 s; see loaders/servedReports.ts). */
  readonly versionTtlMs?: number;
}

export interface App {
  readonly httpServer: http.Server;
  readonly apollo: ApolloServer<GraphContext>;
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
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    csrfPrevention: true,
    validationRules: [ReadOnlyOperationsRule, ...limitRules({ ...LIMIT_DEFAULTS, ...options.config })],
    // Production tells clients nothing about the schema beyond what they ask correctly.
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: development,
    formatError: createFormatError({ development, log }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(options.config.responseCache === 'on' ? [responseCachePlugin<GraphContext>({ version: async () => (await served.current()).signature, header: options.config.responseCacheHeader === 'on' })] : []),
    ],
  });
  httpServer.on(
    'request',
    createHttpHandler({
      apollo,
      executor: options.executor,
      context: async () => createContext(options.executor, log, await served.forRequest()),
      log,
      bodyLimitBytes: BODY_LIMIT_BYTES,
      corsOrigins: options.config.corsOrigins,
    }),
  );
  let stopping: Promise<void> | undefined;
  return {
    httpServer,
    apollo,
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
