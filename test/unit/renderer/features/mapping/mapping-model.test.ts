import { describe, expect, it } from 'vitest';
import type { MappingRow, MappingState, TableSuggestionsView } from '../../../../../preload/contract';
import { changeBetween, drivingTableOf, fieldsOf, inputsFor, tablesInOrder } from '../../../../../renderer/features/mapping/mapping-model';
import { CONFIDENT, confidentChanges, rowFromSuggestion } from '../../../../../renderer/features/mapping/suggestion-model';
import { inverseOf } from '../../../../../renderer/features/mapping/use-mapping';

const row = (targetField: string, over: Partial<MappingRow> = {}): MappingRow & { line: number } => ({
  targetTable: 'LOAD_PATIENT', targetField, class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: targetField, expression: null, crosswalk: null,
  default: null, required: false, notes: '', status: 'draft', approvedBy: null, line: 2, ...over,
});

const state: Pick<MappingState, 'catalog' | 'rows'> = {
  catalog: {
    origin: 'x.sql',
    loadOrder: ['LOAD_PATIENT', 'LOAD_ADMISSION'],
    tables: [
      { name: 'LOAD_ADMISSION', columns: [{ name: 'admission_id', type: 'TEXT', notNull: true, length: null }, { name: 'patient_id', type: 'TEXT', notNull: true, length: null }], primaryKey: ['admission_id'], foreignKeys: [{ columns: ['patient_id'], refTable: 'LOAD_PATIENT', refColumns: ['patient_id'] }] },
      { name: 'LOAD_PATIENT', columns: [{ name: 'patient_id', type: 'VARCHAR(12)', notNull: true, length: 12 }, { name: 'Title', type: 'TEXT', notNull: false, length: null }, { name: 'religion', type: 'TEXT', notNull: true, length: null }], primaryKey: ['patient_id'], foreignKeys: [] },
    ],
  },
  rows: [row('patient_id', { sourceField: 'pas_id' }), row('title'), row('religion', { class: 'OUT_OF_SCOPE', sourceTable: null, sourceField: null }), { ...row('admission_id'), targetTable: 'LOAD_ADMISSION', sourceTable: 'admissions' }],
};

describe('the mapping page model', () => {
  it('gives each catalog column its mapping, matching names without case, in catalog order', () => {
    const fields = fieldsOf(state, 'LOAD_PATIENT');
    expect(fields.map((f) => [f.name, f.effective.class, f.primaryKey])).toEqual([
      ['patient_id', 'DIRECT_SOURCE', true],
      ['Title', 'DIRECT_SOURCE', false],
      ['religion', 'OUT_OF_SCOPE', false],
    ]);
    const admission = fieldsOf(state, 'LOAD_ADMISSION');
    expect(admission[1]).toMatchObject({ name: 'patient_id', mapping: null, foreignKey: 'LOAD_PATIENT', effective: { class: 'UNRESOLVED', required: true } });
    expect(fieldsOf(state, 'NOPE')).toEqual([]);
  });

  it('sends only what changed', () => {
    const before = row('title');
    expect(changeBetween(before, { ...before })).toBeNull();
    expect(changeBetween(before, { ...before, class: 'DERIVED', expression: 'upper(title)' })).toEqual({ targetTable: 'LOAD_PATIENT', targetField: 'title', class: 'DERIVED', expression: 'upper(title)' });
  });

  it('shows the inputs a class needs', () => {
    expect(inputsFor('LOOKUP_TRANSLATION')).toEqual({ source: true, expression: false, crosswalk: true, default: true });
    expect(inputsFor('OUT_OF_SCOPE')).toEqual({ source: false, expression: false, crosswalk: false, default: false });
  });

  it('finds the driving table from the decided fields, and the tables in load order', () => {
    expect(drivingTableOf(state, 'LOAD_PATIENT')).toBe('patients');
    expect(drivingTableOf(state, 'LOAD_ADMISSION')).toBe('admissions');
    expect(drivingTableOf(state, 'LOAD_DIAGNOSIS')).toBeNull();
    expect(tablesInOrder(state.catalog)).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION']);
  });

  it('builds the change that undoes a change, field by field', () => {
    const full = state as MappingState;
    expect(inverseOf(full, [{ targetTable: 'LOAD_PATIENT', targetField: 'religion', class: 'UNRESOLVED', notes: 'ask' }])).toEqual([
      { targetTable: 'LOAD_PATIENT', targetField: 'religion', class: 'OUT_OF_SCOPE', notes: '' },
    ]);
    expect(inverseOf(full, [{ targetTable: 'LOAD_PATIENT', targetField: 'title', class: 'DIRECT_SOURCE' }])).toEqual([]);
  });
});

describe('suggestions on the page', () => {
  const suggestion = (confidence: number, over = {}) => ({ targetTable: 'LOAD_PATIENT', targetField: 'x', class: 'DIRECT_SOURCE' as const, sourceTable: 'patients', sourceField: 'forename', expression: null, crosswalk: null, confidence, reasons: [], ...over });
  const suggested: TableSuggestionsView = {
    table: 'LOAD_PATIENT',
    drivingTable: 'patients',
    suggestedDriving: null,
    fields: [
      { targetField: 'given_name', decided: false, suggestions: [suggestion(0.91)] },
      { targetField: 'family_name', decided: true, suggestions: [suggestion(0.95)] },
      { targetField: 'town', decided: false, suggestions: [suggestion(CONFIDENT - 0.01)] },
      { targetField: 'sex_code', decided: false, suggestions: [suggestion(0.9, { class: 'LOOKUP_TRANSLATION', crosswalk: null })] },
      { targetField: 'religion', decided: false, suggestions: [] },
    ],
  };

  it('applies in bulk only confident, complete suggestions for undecided fields', () => {
    expect(confidentChanges('LOAD_PATIENT', suggested)).toEqual([
      { targetTable: 'LOAD_PATIENT', targetField: 'given_name', class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'forename', expression: null, crosswalk: null },
    ]);
  });

  it('keeps notes and required when a suggestion is used', () => {
    const current = row('given_name', { class: 'UNRESOLVED', notes: 'check', required: true });
    expect(rowFromSuggestion(current, suggestion(0.9))).toMatchObject({ class: 'DIRECT_SOURCE', sourceField: 'forename', notes: 'check', required: true });
  });
});
