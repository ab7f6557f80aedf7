/**
 * Resolver typing, by hand from the SDL in schema/: a field resolver gets its parent row, its
 * arguments as the SDL declares them (nullable inputs as `| null`), and the request context.
 */
import type { GraphContext } from '../server/context';

export type Resolver<Parent, Args, Result> = (parent: Parent, args: Args, context: GraphContext) => Result | Promise<Result>;

/** A root field: the parent is Apollo's root value (unused). */
export type RootResolver<Args, Result> = Resolver<unknown, Args, Result>;

export type NoArgs = Record<string, never>;

/** `first`/`after` of a connection field. */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}
