/** A report that does not have the shape of the follow-up report, with where it went wrong. */
export class ReportFormatError extends Error {
  /** 1-based line of the report where the problem was found, when there is one. */
  readonly line: number | undefined;

  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ReportFormatError';
    this.line = line;
  }
}
