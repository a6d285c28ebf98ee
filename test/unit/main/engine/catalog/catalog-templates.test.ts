import { describe, expect, it } from 'vitest';
import { listCatalogTemplates, loadCatalogTemplate } from '../../../../../main/engine/catalog/catalog-templates';
import { catalogView } from '../../../../../main/engine/catalog/catalog-view';
import { catalogSchema, catalogTemplateSchema } from '../../../../../preload/contract';
import { UserError } from '../../../../../main/engine/errors';
import { OMOP_FIGURES, figures } from './omop-fixture';

describe('built-in catalog templates', () => {
  it('lists OMOP CDM 5.4 and the demo LOAD schema with their table counts', () => {
    const templates = listCatalogTemplates();
    expect(templates).toEqual([
      { id: 'omop-cdm-5.4', label: 'OMOP CDM 5.4', tables: 39 },
      { id: 'pas-load', label: 'PAS-style LOAD schema (demo)', tables: 4 },
    ]);
    for (const template of templates) expect(catalogTemplateSchema.parse(template)).toEqual(template);
  });

  it('loads OMOP CDM 5.4 with every figure and the PostgreSQL types', () => {
    const { catalog, problems } = loadCatalogTemplate('builtin:omop-cdm-5.4');
    expect(problems).toEqual([]);
    expect(figures(catalog)).toEqual(OMOP_FIGURES);
    const person = catalog.tables.find((t) => t.name === 'person')!;
    expect(person.columns.find((c) => c.name === 'birth_datetime')!.type).toBe('TIMESTAMP');
    expect(person.columns.find((c) => c.name === 'person_source_value')).toMatchObject({ type: 'VARCHAR(50)', length: 50 });
  });

  it('loads the demo LOAD schema with its keys, in load order patient → admission → diagnosis', () => {
    const { catalog, problems } = loadCatalogTemplate('pas-load');
    expect(problems).toEqual([]);
    const view = catalogView(catalog, 'builtin:pas-load');
    expect(catalogSchema.parse(view)).toEqual(view);
    expect(view.loadOrder).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS']);
    expect(view.tables.map((t) => [t.name, t.primaryKey, t.foreignKeys.map((fk) => fk.refTable)])).toEqual([
      ['LOAD_PATIENT', ['patient_id'], []],
      ['LOAD_ADMISSION', ['admission_id'], ['LOAD_PATIENT']],
      ['LOAD_OUTPATIENT', ['appointment_id'], ['LOAD_PATIENT']],
      ['LOAD_DIAGNOSIS', ['diagnosis_id'], ['LOAD_ADMISSION', 'LOAD_PATIENT']],
    ]);
  });

  it('gives every caller its own copy', () => {
    loadCatalogTemplate('pas-load').catalog.tables.pop();
    expect(loadCatalogTemplate('pas-load').catalog.tables).toHaveLength(4);
  });

  it('refuses an unknown template, naming the known ones', () => {
    expect(() => loadCatalogTemplate('builtin:omop-cdm-6')).toThrow(UserError);
    expect(() => loadCatalogTemplate('builtin:omop-cdm-6')).toThrow(/known: builtin:omop-cdm-5\.4, builtin:pas-load/);
  });
});
