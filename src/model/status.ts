/**
 * A measure's status as the API names it (the MeasureStatus enum of schema/measure.graphql), from
 * the tag the report prints before it.
 */
export type MeasureStatus = 'NEW' | 'CONTINUING' | 'NEW_AND_CONTINUING' | 'UNSPECIFIED';

/** Maps the report's status tag (新規, 継続, 新規・継続, or none) to the API's enum value. */
export function statusEnum(status: string | null): MeasureStatus {
  switch (status) {
    case '新規':
      return 'NEW';
    case '継続':
      return 'CONTINUING';
    case '新規・継続':
    case '継続・新規':
      return 'NEW_AND_CONTINUING';
    default:
      return 'UNSPECIFIED';
  }
}
