import { describe, expect, it } from 'vitest';
import type { CatalogView, ColumnProfile, MappingPair, TableProfile } from '../../../../../preload/contract';
import { drivingSourceOf, sideBySideRows } from '../../../../../renderer/features/profile/side-by-side-rows';

const column = (name: string): ColumnProfile => ({
  name, type: 'text', nullRate: 0, distinct: 1, distinctExact: true, min: null, max: null, lengthMin: 1, lengthMax: 1, quartiles: null, top: [], patterns: [], flags: [],
});
const source: TableProfile = { source: 'pas', name: 'patients', rows: 1, columns: ['pas_id', 'forename', 'shoe_size'].map(column), malformedRows: 0 };
const target: CatalogView['tables'][number] = {
  name: 'LOAD_PATIENT',
  columns: ['patient_id', 'given_name', 'religion'].map((name) => ({ name, type: 'TEXT', notNull: false, length: null })),
  primaryKey: ['patient_id'],
  foreignKeys: [],
};
const pairs: MappingPair[] = [
  { targetTable: 'LOAD_PATIENT', targetField: 'patient_id', class: 'DIRECT_SOURCE', sourceTable: 'pas.patients', sourceField: 'pas_id' },
  { targetTable: 'load_patient', targetField: 'GIVEN_NAME', class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'forename' },
  { targetTable: 'LOAD_PATIENT', targetField: 'religion', class: 'OUT_OF_SCOPE', sourceTable: null, sourceField: null },
];

describe('lining a source table up against a target table', () => {
  it('pairs target columns with the source columns the contract names, then lists unmapped source columns', () => {
    const rows = sideBySideRows(source, target, pairs);
    expect(rows.map((r) => [r.source?.name ?? null, r.mapping, r.target?.name ?? null])).toEqual([
      ['pas_id', 'DIRECT_SOURCE', 'patient_id'],
      ['forename', 'DIRECT_SOURCE', 'given_name'],
      [null, 'OUT_OF_SCOPE', 'religion'],
      ['shoe_size', null, null],
    ]);
  });

  it('finds the driving source table of a target table', () => {
    expect(drivingSourceOf('LOAD_PATIENT', pairs)).toBe('pas.patients');
    expect(drivingSourceOf('LOAD_NOTHING', pairs)).toBeNull();
  });
});
