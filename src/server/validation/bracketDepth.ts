/**
 * The deepest nesting of `{`, `[` and `(` in a query text, outside strings and comments — read in
 * one pass without parsing. graphql-js parses recursively, so a hostile text nested tens of
 * thousands deep (well within the 1 MB body) would exhaust the stack inside the parser, before any
 * validation rule runs; the HTTP handler refuses such texts as QUERY_TOO_DEEP first.
 */

/** Texts nested deeper than this are refused before parsing (far above any real query). */
export const MAX_BRACKET_DEPTH = 256;

export function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        const end = findBlockStringEnd(text, i + 3);
        i = end < 0 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth = Math.max(0, depth - 1);
    }
  }
  return deepest;
}

/** Index of the closing `"""` of a block string opened before `from` (`\"""` does not close it), or -1. */
function findBlockStringEnd(text: string, from: number): number {
  for (let i = text.indexOf('"""', from); i >= 0; i = text.indexOf('"""', i + 1)) {
    if (text[i - 1] !== '\\') return i;
  }
  return -1;
}
