import type { TableProfile } from '../../../../preload/contract/profile-schemas';
import type { CatalogTable } from '../../catalog/catalog';
import type { CrosswalkCodes } from './value-overlap';

/** What the suggestion engine looks at to propose how one target table is filled. */
export interface SuggestInput {
  target: CatalogTable;
  /** Profiles of the source tables; `source` is the source id, `name` the table. */
  sources: readonly TableProfile[];
  /** The project's crosswalks: name and their source codes (and target codes). */
  crosswalks: readonly CrosswalkCodes[];
  /** The source table the contract already drives this target table from, if any (`table` or `source.table`); candidates from it rank higher. */
  drivingTable?: string | null;
}
