import type { ColumnProfile, TableProfile } from '../../../../../../preload/contract/profile-schemas';
import type { CatalogColumn, CatalogTable } from '../../../../../../main/engine/catalog/catalog';

/** A profiled column: a short code column unless overridden. */
export function col(name: string, overrides: Partial<ColumnProfile> = {}): ColumnProfile {
  return {
    name, type: 'code', nullRate: 0, distinct: 4, distinctExact: true, min: null, max: null, lengthMin: 1, lengthMax: 8,
    quartiles: null, top: [], patterns: [], flags: [], ...overrides,
  };
}

/** A profiled table of 100 rows. */
export function profile(name: string, columns: ColumnProfile[], source = 'src'): TableProfile {
  return { source, name, rows: 100, columns, malformedRows: 0 };
}

/** A target column from its declared type (`VARCHAR(60)`, `DATE`). */
export function field(name: string, type: string, notNull = false): CatalogColumn {
  const length = /\((\d+)\)/.exec(type);
  return { name, type, notNull, length: length ? Number(length[1]) : null };
}

/** A target table; the first column is its key. */
export function target(name: string, columns: CatalogColumn[]): CatalogTable {
  return { name, columns, primaryKey: [columns[0]!.name], foreignKeys: [], createSql: '' };
}

/** A UK day-first date column. */
export function ukDate(name: string, overrides: Partial<ColumnProfile> = {}): ColumnProfile {
  return col(name, { type: 'date', lengthMin: 10, lengthMax: 10, distinct: 90, patterns: [{ pattern: '99/99/9999', count: 100 }], ...overrides });
}

/** The demo's sex crosswalk. */
export const SEX_CROSSWALK = { name: 'sex', sourceCodes: ['M', 'F', 'I', 'U'], targetCodes: ['1', '2', '9', '0'] };
