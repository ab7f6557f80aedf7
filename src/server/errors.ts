/**
 * Error codes of the public API and the formatter that applies them. Errors we raise on purpose
 * carry a code and a message saying what was expected and what came; database errors get their
 * codes here; anything else is a bug and reaches clients as "Unexpected error." (logged in full).
 * Outside development no answer carries a stack trace or a driver's message (addresses, internals).
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, QueryTimeoutError } from '../db/errors';
import type { Logger } from './log';
import { QueryLimitError } from './validation/QueryLimitError';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CURSOR_EXPIRED = 'CURSOR_EXPIRED',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A client mistake in an argument. */
export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
}

/** Something the client named does not exist (where `null` would hide a mistake). */
export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

/** A page cursor that no longer points into its list (the list's report was loaded again and changed). */
export function cursorExpired(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CURSOR_EXPIRED, argument: 'after' } });
}

/** Codes that are safe to show as they are (ours and Apollo's request-level ones). */
const SAFE_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CURSOR_EXPIRED,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What clients read of a database outage outside development (the driver's message names hosts and ports). */
export const UNAVAILABLE_MESSAGE = 'the graph database is not reachable; try again later';

/** Apollo's `formatError`: codes database errors, masks unknown ones unless `development`. */
export function createFormatError(options: { development: boolean; log: Logger }) {
  const format = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED; a limit keeps its own code.
    if (error instanceof GraphQLError && error.originalError instanceof QueryLimitError) {
      return { ...formatted, extensions: { ...formatted.extensions, code: error.originalError.code } };
    }
    // Apollo's refusal names its class and how to configure it; a client needs only the fact.
    if (formatted.extensions?.validationErrorCode === 'INTROSPECTION_DISABLED') {
      return { ...formatted, message: 'introspection is turned off on this server' };
    }
    if (original instanceof DatabaseUnavailableError || original instanceof QueryTimeoutError) {
      options.log.warn(`${original.code} at ${formatPath(formatted)}: ${original.message}`);
      const message = original instanceof DatabaseUnavailableError && !options.development ? UNAVAILABLE_MESSAGE : original.message;
      return { ...formatted, message, extensions: { ...formatted.extensions, code: original.code } };
    }
    // Apollo answers some request mistakes (an automatic persisted query whose hash does not match
    // its text) with HTTP 400 and no code: the client's mistake, not a bug to mask.
    const http400 = error instanceof GraphQLError && (error.extensions?.http as { status?: number } | undefined)?.status === 400;
    if (http400 && !formatted.path && formatted.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    // graphql-js stops coercing variables after 50 bad values with an uncoded error of its own (the
    // others are BAD_USER_INPUT): the client's mistake too, not a bug to mask.
    if (original instanceof GraphQLError && !formatted.path && original.message.startsWith('Too many errors processing variables')) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    const code = String(formatted.extensions?.code ?? ErrorCode.INTERNAL_SERVER_ERROR);
    if (SAFE_CODES.has(code)) return formatted;
    const detail = original instanceof Error ? (original.stack ?? original.message) : String(original);
    options.log.error(`unexpected error at ${formatPath(formatted)}: ${detail}`);
    if (options.development) return formatted;
    return { message: 'Unexpected error.', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
  if (options.development) return format;
  // Apollo adds no stack trace outside development (app.ts); this holds even if an option or a
  // plugin ever puts one, or an `exception`, into the extensions.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => withoutInternals(format(formatted, error));
}

function withoutInternals(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions || 'exception' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

function formatPath(formatted: GraphQLFormattedError): string {
  return formatted.path ? formatted.path.join('.') : '(request)';
}
