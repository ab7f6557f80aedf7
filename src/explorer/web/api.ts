/**
 * The page's GraphQL client: POSTs JSON to /graphql on the same server (no other origin is
 * contacted), and remembers which optional queries the server lacks, so a feature that is not
 * there is asked for once and then served by its fallback.
 */

export interface GraphQLErrorBody {
  readonly message: string;
  readonly extensions?: { readonly code?: string };
}

/** The server answered with errors. */
export class ApiError extends Error {
  constructor(readonly errors: readonly GraphQLErrorBody[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  /** True when the query names a field this server's schema does not have. */
  get isMissingField(): boolean {
    return this.errors.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /Cannot query field/u.test(e.message));
  }
}

/** Runs a query; resolves with `data` or rejects with an ApiError. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLErrorBody[] };
  if (body.errors && body.errors.length > 0) throw new ApiError(body.errors);
  if (!response.ok || body.data === undefined) throw new Error(`the API answered HTTP ${response.status}`);
  return body.data;
}

/** Optional root fields (from the discovery schema) and whether this server has them. */
export type OptionalField = 'search' | 'similarMeasures';

const known = new Map<OptionalField, boolean>();

/**
 * Asks the schema (introspection) which optional fields exist. Where introspection is off
 * (production), nothing is known and each feature is simply tried once.
 */
export async function detectOptionalFields(): Promise<void> {
  try {
    const data = await gql<{ __type: { fields: { name: string }[] } | null }>('{ __type(name: "Query") { fields { name } } }');
    const names = new Set((data.__type?.fields ?? []).map((f) => f.name));
    for (const field of ['search', 'similarMeasures'] as const) known.set(field, names.has(field));
  } catch {
    known.clear();
  }
}

/**
 * `withField()` if the server has `field` (or may have it), else `fallback()`; a server that turns
 * out not to have it is remembered, and the fallback answers.
 */
export async function withOptionalField<T>(field: OptionalField, withField: () => Promise<T>, fallback: () => Promise<T>): Promise<T> {
  if (known.get(field) === false) return fallback();
  try {
    return await withField();
  } catch (error) {
    if (!(error instanceof ApiError && error.isMissingField)) throw error;
    known.set(field, false);
    return fallback();
  }
}
