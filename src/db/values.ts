/**
 * Driver values to plain JavaScript, in one place: Integers become numbers (the graph's counts and
 * orders are far below 2^53), temporal values ISO strings, nodes their properties.
 */
import neo4j from 'neo4j-driver';

/** Converts a value returned by the driver, recursively. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans are most values: return them before the driver's type checks,
  // which probe properties of every value (measurable under load, bench/PROFILE.md).
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // A Cypher map arrives as a plain object; driver values (Integer, temporal, Node…) are class instances.
  if (Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return temporalToIso(value);
  }
  if (neo4j.isNode(value as never)) return toPlain((value as { properties: unknown }).properties);
  if (neo4j.isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = toPlain(v);
  return out;
}

function temporalToIso(value: unknown): string {
  if (neo4j.isDateTime(value as never)) {
    const dt = value as unknown as { toStandardDate(): Date };
    return dt.toStandardDate().toISOString();
  }
  return String(value);
}

/**
 * Parameters for a write: whole numbers become Integers (the driver sends every JavaScript number as
 * a Float, so years, orders and ranks would be stored as 2024.0), recursively; the rest unchanged.
 */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toDriverParams(v);
  return out;
}
