/**
 * A report file → its records, with or without the person's decisions on alignments
 * (src/ingest/reviews/): what `npm run -s extract`, `npm run review` and the ingest share. Reads
 * the file, loads the alignment knowledge once, reads the report's review file when asked, and
 * parses. A review that no longer fits the report is a `StaleReviewError` naming it.
 */
import path from 'node:path';
import { loadAlignmentKnowledge, type LoadedKnowledge } from './alignment/knowledge';
import { ReviewConflictError, UnknownReviewKeyError } from './errors';
import { loadMinistryDirectory } from './ministryDirectory';
import { parseReport } from './parseReport';
import { readReportFile } from './readReport';
import type { ReportRecords } from './records';
import { reviewsOption, staleReviewError } from './reviews/applyReviews';
import { readReviewFile, ReviewFileError, reviewFilePath, type ReviewFile } from './reviews/reviewFile';

export interface ExtractOptions {
  /** Apply the decisions of the report's review file in this folder; null: the machine's own reading. */
  readonly reviewsDir: string | null;
  readonly knowledge?: LoadedKnowledge;
}

export interface Extraction {
  readonly records: ReportRecords;
  readonly knowledge: LoadedKnowledge;
  /** The review file consulted (null when none was asked for) and its decisions. */
  readonly reviewFile: string | null;
  readonly reviews: ReviewFile | null;
}

/** Extracts `file`. Throws ReportFormatError, ReviewFileError or StaleReviewError. */
export async function extractReport(file: string, options: ExtractOptions): Promise<Extraction> {
  const knowledge = options.knowledge ?? (await loadAlignmentKnowledge());
  const text = readReportFile(file);
  const reviewFile = options.reviewsDir === null ? null : reviewFilePath(options.reviewsDir, file);
  const reviews = reviewFile === null ? null : readReviewFile(reviewFile, file);
  try {
    const records = parseReport(text, {
      directory: loadMinistryDirectory(),
      source: path.basename(file),
      knowledge,
      reviews: reviews ? reviewsOption(reviews) : [],
    });
    return { records, knowledge, reviewFile, reviews };
  } catch (error) {
    if (error instanceof UnknownReviewKeyError && reviewFile !== null && reviews !== null) throw staleReviewError(reviewFile, reviews, error);
    if (error instanceof ReviewConflictError && reviewFile !== null) throw new ReviewFileError(reviewFile, error.message);
    throw error;
  }
}
