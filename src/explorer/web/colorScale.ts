/**
 * The matrix's sequential colour scale: counts 1 … max in at most six equal-width bins of one hue
 * (ColorBrewer Blues, light to dark), each with the ink that reads on it. Zero has no bin: empty
 * cells stay blank.
 */

const BLUES = ['#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
/** The darkest two take white text. */
const DARK_FROM = 4;

export interface ColorBin {
  /** Counts from … to, inclusive. */
  readonly from: number;
  readonly to: number;
  readonly color: string;
  readonly ink: string;
}

/** The bins for counts up to `max` (none for max 0). */
export function colorBins(max: number): ColorBin[] {
  const k = Math.min(BLUES.length, Math.max(0, Math.floor(max)));
  const bins: ColorBin[] = [];
  for (let i = 0; i < k; i += 1) {
    // Spread the colours over the whole range when there are fewer bins than colours.
    const shade = k === 1 ? BLUES.length - 1 : Math.round((i * (BLUES.length - 1)) / (k - 1));
    bins.push({ from: Math.floor((max * i) / k) + 1, to: Math.floor((max * (i + 1)) / k), color: BLUES[shade], ink: shade >= DARK_FROM ? '#fff' : '#1d2330' });
  }
  return bins;
}

/** The bin of `count`, or null for 0 (or less). */
export function binOf(count: number, bins: readonly ColorBin[]): ColorBin | null {
  if (count <= 0) return null;
  return bins.find((b) => count >= b.from && count <= b.to) ?? bins[bins.length - 1] ?? null;
}
