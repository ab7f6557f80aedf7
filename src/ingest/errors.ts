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

/**
 * A reviewed alignment (`parseReport`'s `reviews`) names a ministry, a title key or row keys that the
 * report does not have — the report changed since the review, or the review has a typo.
 */
export class UnknownReviewKeyError extends Error {
  readonly ministryId: string;
  /** The keys not found: the ministry id itself when the report has no such ministry. */
  readonly missing: readonly string[];

  constructor(ministryId: string, missing: readonly string[], what: string) {
    super(`review of ${ministryId}: ${what} ${missing.join(', ')} not found in the report: expected keys from the alignment candidates of this extraction`);
    this.name = 'UnknownReviewKeyError';
    this.ministryId = ministryId;
    this.missing = missing;
  }
}

/** Two reviewed alignments of one ministry give the same title, or the same row, twice. */
export class ReviewConflictError extends Error {
  readonly ministryId: string;
  readonly keys: readonly string[];

  constructor(ministryId: string, keys: readonly string[], what: string) {
    super(`review of ${ministryId}: ${what} ${keys.join(', ')} reviewed more than once: expected each title and each row in at most one review`);
    this.name = 'ReviewConflictError';
    this.ministryId = ministryId;
    this.keys = keys;
  }
}
