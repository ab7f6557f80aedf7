/**
 * Deterministic generator of hostile GraphQL requests for the fuzz test: from a seed, the same
 * list every run. Three kinds: schema-driven operations (every Query field, its arguments as
 * variables holding right-typed, wrong-typed, huge or Cypher-looking values), mutated query texts
 * (characters dropped, inserted, duplicated; deep nesting; alias floods; fragment cycles), and
 * malformed HTTP bodies (not JSON, wrong shapes, batches).
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

export interface FuzzRequest {
  readonly kind: 'operation' | 'mutated' | 'raw';
  /** The POST body as sent (a string: raw bodies need not be JSON). */
  readonly body: string;
  readonly contentType: string;
}

/** mulberry32: a small seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  'Ⅱ.3.(1)②',
  'II.3.(1)2',
  'Ⅱ',
  'cabinet-office',
  'cabinet-office/p4/m2',
  'clause/Ⅱ.3.(1)②',
  'theme/telework',
  "') MATCH (n) DETACH DELETE n //",
  '" OR 1=1 --',
  '`}) DETACH DELETE n RETURN 1 //',
  '$ids',
  '\\u0000',
  '\u0000\u0001\u001f',
  '\ud83d\ude00 テレワーク 多面観察',
  '<script>alert(1)</script>',
  'b2Zmc2V0Oi0x', // offset:-1
  'b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5', // offset:99999999999999999999
  '%00%ff',
  'a'.repeat(300),
];
const NUMBERS = [0, 1, -1, 2, 10, 50, 100, 101, 2000, 2001, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, -0.5, 1e308];

export function generateRequests(schema: GraphQLSchema, seed: number, count: number): FuzzRequest[] {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;
  const fields = Object.values(schema.getQueryType()!.getFields());

  const hostileValue = (depth = 0): unknown => {
    switch (Math.floor(random() * 9)) {
      case 0: return pick(HOSTILE_STRINGS);
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

  const valueOf = (type: GraphQLInputType, depth = 0): unknown => {
    if (chance(0.15)) return hostileValue();
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      return Array.from({ length: chance(0.05) ? 2_000 : Math.floor(random() * 4) }, () => valueOf(nullable.ofType, depth + 1));
    }
    if (isEnumType(nullable)) return chance(0.8) ? pick(nullable.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(nullable)) {
      if (depth > 3) return {};
      const out: Record<string, unknown> = {};
      for (const f of Object.values(nullable.getFields())) if (chance(0.5)) out[f.name] = valueOf(f.type, depth + 1);
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
        return pick(HOSTILE_STRINGS);
    }
  };

  const selectionOf = (type: GraphQLOutputType, depth: number): string => {
    const named = getNamedType(type);
    if (isScalarType(named) || isEnumType(named)) return '';
    if (isUnionType(named) || isInterfaceType(named)) {
      const options = schema.getPossibleTypes(named);
      const on = pick(options);
      return `{ __typename ... on ${on.name} ${selectionOf(on, depth) || '{ __typename }'} }`;
    }
    if (!isObjectType(named)) return '';
    const all = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isRequired(a.type)));
    const scalars = all.filter((f) => !isObjectType(getNamedType(f.type)) && !isUnionType(getNamedType(f.type)) && !isInterfaceType(getNamedType(f.type)));
    const objects = all.filter((f) => !scalars.includes(f));
    const chosen = scalars.filter(() => chance(0.5)).map((f) => f.name);
    if (depth < 3 && objects.length > 0 && chance(0.7)) {
      const o = pick(objects);
      chosen.push(`${o.name} ${selectionOf(o.type, depth + 1) || ''}`);
    }
    return `{ __typename ${chosen.join(' ')} }`;
  };

  const operation = (field: GraphQLField<unknown, unknown>): FuzzRequest => {
    const defs = field.args.map((a, i) => `$a${i}: ${String(a.type)}`);
    const args = field.args.map((a, i) => `${a.name}: $a${i}`);
    const variables: Record<string, unknown> = {};
    field.args.forEach((a, i) => {
      if (isRequired(a.type) || chance(0.6)) variables[`a${i}`] = valueOf(a.type);
    });
    const query = `query Fuzz${defs.length ? `(${defs.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selectionOf(field.type, 1)} }`;
    return json({ query, variables });
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
    switch (Math.floor(random() * 10)) {
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
      case 5: return json({ query: '{ ministries(first: 100) { edges { node { priorityItems { measures { clauses { measures { clauses { measures { id } } } } } } } } } }' });
      case 6: return json({ query: '{ __typename }', operationName: pick(['Nope', 5, null, {}]), variables: pick(['str', 5, [], null]) });
      case 7: return json([{ query: '{ __typename }' }, { query: '{ stats { counts } }' }]);
      case 8: return json({ query: pick([5, null, [], {}, true]) });
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
