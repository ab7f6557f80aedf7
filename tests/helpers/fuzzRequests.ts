/**
 * Deterministic generator of hostile GraphQL requests for the fuzz test: from a seed, the same
 * list every run. Three kinds: schema-driven operations (every Query field — `facets`, `reports`
 * and the connections among them — its arguments and those of the fields it selects (a nested
 * connection's `first` and `after`) as variables holding right-typed, wrong-typed, huge or
 * Cypher-looking values, fiscal years loaded and not, cursors real, forged and old), mutated query
 * texts (characters dropped, inserted, duplicated; deep nesting; alias floods; fragment cycles),
 * and malformed HTTP bodies (not JSON, wrong shapes, batches).
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { mulberry32 } from '../../src/synth/random';

export interface FuzzRequest {
  readonly kind: 'operation' | 'mutated' | 'raw';
  /** The POST body as sent (a string: raw bodies need not be JSON). */
  readonly body: string;
  readonly contentType: string;
}

/** A small seeded PRNG (the project's one: mulberry32). */
export const rng = mulberry32;

/** base64 of JSON, as cursors are. */
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64');

const HOSTILE_STRINGS = [
  '',
  ' ',
  'Ⅱ.3.(1)②',
  'II.3.(1)2',
  'Ⅱ',
  'cabinet-office',
  'cabinet-office/p4/m2',
  '2024/cabinet-office/p4/m2',
  '2025/cabinet-office/p4',
  '2019/cabinet-office/p4/m2',
  '9999999999/x',
  'clause/Ⅱ.3.(1)②',
  'plan/cabinet-office/x',
  'theme/telework',
  'report/2024',
  "') MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  '`}) DETACH DELETE n RETURN 1 //',
  '$ids',
  '\\u0000',
  '\u0000\u0001\u001f',
  '\ud83d\ude00 テレワーク 多面観察',
  '<script>alert(1)</script>',
  'b2Zmc2V0Oi0x', // offset:-1 (the old cursors)
  'b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5', // offset:99999999999999999999
  // Forged keyset cursors ({r: rank, i: id, v: version}): unknown versions, odd ranks and ids, wrong shapes.
  b64({ r: 1, i: 'cabinet-office', v: 'fy2024x00000000' }),
  b64({ r: -1, i: '2024/cabinet-office/p4/m2', v: 'fy2019x00000000' }),
  b64({ r: 1e21, i: '', v: '' }),
  b64({ r: 3.5, i: 'x', v: 'y' }),
  b64({ r: 1, i: "') MATCH (n) DETACH DELETE n //", v: '`}) RETURN 1 //' }),
  b64({ r: 1, i: ['a'], v: {} }),
  b64({ r: 1 }),
  b64([]),
  b64(null),
  '%00%ff',
  'a'.repeat(300),
];
const NUMBERS = [0, 1, -1, 2, 10, 50, 100, 101, 2000, 2001, 10_000, 10_001, 2024, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, -0.5, 1e308];
/** Fiscal years: the two the fuzz test loads, others, and nonsense. */
const YEARS = [2024, 2025, 2024, 2025, 2023, 2019, 1989, 0, -2024, 2 ** 31, 1.5];

export interface GenerateOptions {
  /** Strings from the running app (real cursors, say) used like HOSTILE_STRINGS, often where a cursor goes. */
  readonly liveStrings?: readonly string[];
}

export function generateRequests(schema: GraphQLSchema, seed: number, count: number, options: GenerateOptions = {}): FuzzRequest[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const fields = Object.values(schema.getQueryType()!.getFields());
  const live = options.liveStrings ?? [];
  const strings = [...HOSTILE_STRINGS, ...live];

  const hostileValue = (depth = 0): unknown => {
    switch (Math.floor(random() * 9)) {
      case 0: return pick(strings);
      case 1: return pick(NUMBERS);
      case 2: return chance(0.5);
      case 3: return null;
      case 4: return depth < 2 ? Array.from({ length: Math.floor(random() * 4) }, () => hostileValue(depth + 1)) : [];
      case 5: return depth < 2 ? { [pick(['id', 'where', 'first', '__proto__', 'constructor'])]: hostileValue(depth + 1) } : {};
      case 6: return 'x'.repeat(pick([1_000, 50_000, 200_000]));
      case 7: return Array.from({ length: pick([100, 5_000]) }, (_, i) => `id-${i}`);
      default: return pick(['CONTINUING', 'NEW', 'BOGUS', 'continuing', 'MEASURE', 'CYTOSCAPE']);
    }
  };

  /** A value for an argument or input field `name` of `type`: usually right-typed, sometimes hostile. */
  const valueOf = (type: GraphQLInputType, depth = 0, name = ''): unknown => {
    if (chance(0.15)) return hostileValue();
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      return Array.from({ length: chance(0.05) ? 2_000 : Math.floor(random() * 4) }, () => valueOf(nullable.ofType, depth + 1, name));
    }
    if (/^fiscalYears?$/u.test(name)) return pick(YEARS);
    if (name === 'after' && live.length > 0 && chance(0.6)) return pick(live);
    if (isEnumType(nullable)) return chance(0.8) ? pick(nullable.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(nullable)) {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const f of Object.values(nullable.getFields())) if (chance(0.5)) out[f.name] = valueOf(f.type, depth + 1, f.name);
      return out;
    }
    switch (isScalarType(nullable) ? nullable.name : '') {
      case 'Int':
      case 'NonNegativeInt':
      case 'PositiveInt':
        return pick(NUMBERS);
      case 'Float':
        return pick([0, 0.5, 1, -1, 2, 1e308]);
      case 'Boolean':
        return chance(0.5);
      default:
        return pick(strings);
    }
  };

  /** The variables of one operation: declarations and values, shared by its root and nested fields. */
  interface Variables {
    readonly defs: string[];
    readonly values: Record<string, unknown>;
  }

  /** `(name: $vN, …)` for the arguments of `field` (each given a variable; its value set or left out), or ''. */
  const argumentsOf = (field: GraphQLField<unknown, unknown>, vars: Variables): string => {
    const args = field.args.map((a) => {
      const variable = `v${vars.defs.length}`;
      vars.defs.push(`$${variable}: ${String(a.type)}`);
      if (isRequired(a.type) || chance(0.6)) vars.values[variable] = valueOf(a.type, 0, a.name);
      return `${a.name}: $${variable}`;
    });
    return args.length ? `(${args.join(', ')})` : '';
  };

  const selectionOf = (type: GraphQLOutputType, depth: number, vars: Variables): string => {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const options = schema.getPossibleTypes(named);
      const on = pick(options);
      return `{ __typename ... on ${on.name} ${selectionOf(on, depth, vars) || '{ __typename }'} }`;
    }
    if (!isObjectType(named)) return '';
    const all = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isRequired(a.type)));
    const scalars = all.filter((f) => !isObjectType(getNamedType(f.type)) && !isUnionType(getNamedType(f.type)) && !isInterfaceType(getNamedType(f.type)));
    const objects = all.filter((f) => !scalars.includes(f));
    const chosen = scalars.filter(() => chance(0.5)).map((f) => f.name);
    // A connection's page: its edges' nodes most of the time (else the loop above rarely gets there).
    const edges = objects.find((f) => f.name === 'edges');
    if (edges && depth < 4 && chance(0.8)) chosen.push(`edges ${selectionOf(edges.type, depth + 1, vars)}`);
    else if (depth < 3 && objects.length > 0 && chance(0.7)) {
      const o = pick(objects);
      // Nested fields with arguments (Clause.measures(first, after)…) get them half the time.
      chosen.push(`${o.name}${chance(0.5) ? argumentsOf(o, vars) : ''} ${selectionOf(o.type, depth + 1, vars) || ''}`);
    }
    return `{ __typename ${chosen.join(' ')} }`;
  };

  const operation = (field: GraphQLField<unknown, unknown>): FuzzRequest => {
    const vars: Variables = { defs: [], values: {} };
    const args = argumentsOf(field, vars);
    const selection = selectionOf(field.type, 1, vars);
    const query = `query Fuzz${vars.defs.length ? `(${vars.defs.join(', ')})` : ''} { ${field.name}${args} ${selection} }`;
    return json({ query, variables: vars.values });
  };

  const mutate = (text: string): string => {
    let out = text;
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const at = Math.floor(random() * (out.length + 1));
      switch (Math.floor(random() * 4)) {
        case 0: out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 5)); break;
        case 1: out = out.slice(0, at) + pick(['{', '}', '(', ')', '[', ']', ':', '$', '!', '@', '"', '\\', '...', '#', ' on ', 'fragment ', '\u0000']) + out.slice(at); break;
        case 2: out = out.slice(0, at) + out.slice(Math.max(0, at - 20), at) + out.slice(at); break;
        default: out = out.slice(0, at);
      }
    }
    return out;
  };

  const special = (): FuzzRequest => {
    switch (Math.floor(random() * 12)) {
      case 0: {
        const n = pick([5, 20, 200, 3000]);
        return json({ query: `{ clause(path: "Ⅱ") { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } }` });
      }
      case 1: {
        const n = pick([50, 500, 5000]);
        return json({ query: `{ ${'a{'.repeat(n)}b${'}'.repeat(n)} }` });
      }
      case 2: return json({ query: `{ ${Array.from({ length: pick([31, 500, 5000]) }, (_, i) => `a${i}: ministries(first: 100) { totalCount }`).join(' ')} }` });
      case 3: return json({ query: 'query { clause(path: "Ⅱ") { ...A } } fragment A on Clause { children { ...B } } fragment B on Clause { parent { ...A } }' });
      case 4: return json({ query: pick(['mutation { x }', 'subscription { x }', '{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) });
      case 5: return json({ query: '{ ministries(first: 100) { edges { node { priorityItems { measures { clauses { measures(first: 100) { edges { node { clauses { measures(first: 100) { edges { node { id } } } } } } } } } } } } } }' });
      case 6: return json({ query: '{ __typename }', operationName: pick(['Nope', 5, null, {}]), variables: pick(['str', 5, [], null]) });
      case 7: return json([{ query: '{ __typename }' }, { query: '{ stats { counts } }' }]);
      case 8: return json({ query: pick([5, null, [], {}, true]) });
      case 9: {
        // The largest table facets can make: every combination over every loaded year.
        const dimensions = pick([['MINISTRY', 'CLAUSE', 'THEME', 'FISCAL_YEAR'], ['CLAUSE_SECTION', 'STATUS', 'THEME', 'CLAUSE'], ['FISCAL_YEAR']]);
        return json({ query: `{ facets(dimensions: [${dimensions.join(', ')}], first: 10000) { fiscalYears measureCount truncated cells { count values { dimension key label } } } }` });
      }
      case 10: {
        // One cursor handed to every list, of each year: a cursor of another list or year must not break one.
        const years = ['', ', fiscalYear: 2024', ', fiscalYear: 2025'];
        const lists = ['measures', 'ministries', 'priorityItems', 'clauses'].map((f, i) => `l${i}: ${f}(first: 3, after: $after${pick(years)}) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } }`);
        return json({ query: `query ($after: String) { ${lists.join(' ')} c: clause(path: "Ⅱ") { measures(first: 3, after: $after) { totalCount } ministries(first: 3, after: $after) { totalCount } } }`, variables: { after: pick(strings) } });
      }
      default: return json({ query: `{ measures(where: { textContains: ${JSON.stringify("') MATCH (n) DETACH DELETE n //")} }) { totalCount } }`, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } });
    }
  };

  const raw = (): FuzzRequest =>
    pick<FuzzRequest>([
      { kind: 'raw', body: '{nope', contentType: 'application/json' },
      { kind: 'raw', body: '', contentType: 'application/json' },
      { kind: 'raw', body: 'null', contentType: 'application/json' },
      { kind: 'raw', body: '"string"', contentType: 'application/json' },
      { kind: 'raw', body: '{ __typename }', contentType: 'text/plain' },
      { kind: 'raw', body: '{ __typename }', contentType: 'application/graphql' },
      { kind: 'raw', body: JSON.stringify({ query: '{ __typename }' }), contentType: 'application/x-www-form-urlencoded' },
      { kind: 'raw', body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(1_100_000)}` }), contentType: 'application/json' },
      { kind: 'raw', body: '\u0000\u00ff\ufffe', contentType: 'application/json; charset=utf-16' },
    ]);

  const requests: FuzzRequest[] = [];
  const valid = fields.map(operation);
  while (requests.length < count) {
    const r = random();
    if (r < 0.6) requests.push(operation(pick(fields)));
    else if (r < 0.85) requests.push({ ...json({ query: mutate((JSON.parse(pick(valid).body) as { query: string }).query) }), kind: 'mutated' });
    else if (r < 0.95) requests.push(special());
    else requests.push(raw());
  }
  return requests;
}

function isRequired(type: GraphQLInputType): boolean {
  return getNullableType(type) !== type;
}

function json(body: unknown): FuzzRequest {
  return { kind: 'operation', body: JSON.stringify(body), contentType: 'application/json' };
}
