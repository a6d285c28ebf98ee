import type { MappingClass } from '../../../../preload/contract/mapping-schemas';

/**
 * What each mapping class means, in the words a governance board reads; kept in step
 * with the `class` column of docs/project-format.md.
 */
export const CLASS_DESCRIPTIONS: Readonly<Record<MappingClass, string>> = {
  DIRECT_SOURCE: 'Copied unchanged from one source field.',
  LOOKUP_TRANSLATION: 'A source code translated to a target code through a crosswalk.',
  DERIVED: 'Computed by an expression over source fields.',
  SURROGATE_ETL: 'Made by the ETL itself (an expression or a default), not taken from the source.',
  REFERENCE_MASTER_FEED: 'Filled by a master or reference feed, not by this migration.',
  OUT_OF_SCOPE: 'Deliberately not migrated.',
  UNRESOLVED: 'Not decided yet.',
};
