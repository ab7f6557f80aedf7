/** The report's lines with replacements and insertions, written out in order. */
export class LineEdits {
  private readonly lines: string[];
  private readonly now: string[][];
  private readonly before = new Map<number, string[]>();
  private readonly after = new Map<number, string[]>();

  constructor(text: string) {
    this.lines = text.replace(/\r\n?/gu, '\n').split('\n');
    this.now = this.lines.map((l) => [l]);
  }

  get count(): number {
    return this.lines.length;
  }

  original(no: number): string {
    return this.lines[no - 1];
  }

  current(no: number): readonly string[] {
    return this.now[no - 1];
  }

  set(no: number, line: string): void {
    this.now[no - 1] = [line];
  }

  /** The lines `nos` (in order) become `lines`, printed where the first of them was. */
  replace(nos: readonly number[], lines: readonly string[]): void {
    nos.forEach((no, i) => (this.now[no - 1] = i === 0 ? [...lines] : []));
  }

  insertAfter(no: number, lines: readonly string[]): void {
    this.after.set(no, [...(this.after.get(no) ?? []), ...lines]);
  }

  insertBefore(no: number, lines: readonly string[]): void {
    this.before.set(no, [...(this.before.get(no) ?? []), ...lines]);
  }

  /** What a measure's lines read now. */
  linesOf(plan: { lines: readonly number[] }): string[] {
    return plan.lines.flatMap((no) => this.now[no - 1]);
  }

  text(): string {
    return this.lines.flatMap((_, i) => [...(this.before.get(i + 1) ?? []), ...this.now[i], ...(this.after.get(i + 1) ?? [])]).join('\n');
  }
}
