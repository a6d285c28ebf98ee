import type { CatalogView } from '../../../../preload/contract/catalog-schemas';
import type { FieldMapping } from '../contract-schema';
import type { ContractCoverage } from '../coverage';
import type { Crosswalk } from '../crosswalks';

/** A crosswalk as the ETL documents print it: its codes as `[source, target]` pairs in file order. */
export interface EtlDocCrosswalk {
  name: string;
  file: string;
  codes: readonly (readonly [string, string])[];
}

/**
 * Everything the ETL documents are written from. Nothing here is read from disk or the
 * clock, so the same input always gives the same bytes.
 */
export interface EtlDocInput {
  project: { name: string; description?: string };
  /** ISO timestamp printed in the document (passed in so output is reproducible). */
  generatedAt: string;
  /** A short content hash of the contract (passed in), printed so a reader can tell versions apart. */
  contractHash: string;
  catalog: CatalogView;
  mappings: readonly FieldMapping[];
  coverage: ContractCoverage;
  crosswalks: readonly EtlDocCrosswalk[];
}

/** Turns the crosswalks `readCrosswalks` returns into the documents' form, sorted by name. */
export function docCrosswalks(crosswalks: ReadonlyMap<string, Crosswalk>): EtlDocCrosswalk[] {
  return [...crosswalks.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => ({ name: c.name, file: c.file, codes: [...c.codes.entries()] }));
}
