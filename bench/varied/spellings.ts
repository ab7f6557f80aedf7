/**
 * The ways a user types a guideline clause path, all of which our API takes (src/ingest/clauses/
 * clausePath.ts normalises them): the canonical `Ⅱ.3.(1)②`, ASCII as a keyboard gives it
 * (`II.3.(1)2`: what NFKC makes of the canonical form) and full width as a Japanese IME gives it
 * (`Ⅱ．３．（１）②`). The anchor takes only the canonical form (a client would convert first).
 */
export type Spelling = 'canonical' | 'ascii' | 'fullWidth';

export const SPELLINGS: readonly Spelling[] = ['canonical', 'ascii', 'fullWidth'];

const FULL_WIDTH: Readonly<Record<string, string>> = { '.': '．', '(': '（', ')': '）' };

/** `canonical` as spelled `spelling`. */
export function spell(canonical: string, spelling: Spelling): string {
  switch (spelling) {
    case 'canonical':
      return canonical;
    case 'ascii':
      return canonical.normalize('NFKC');
    case 'fullWidth':
      return [...canonical].map((ch) => FULL_WIDTH[ch] ?? (/[0-9]/u.test(ch) ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
  }
}
