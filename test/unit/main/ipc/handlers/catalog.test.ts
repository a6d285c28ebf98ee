import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn } from './handler-helpers';

afterEach(cleanTempDirs);

describe('catalog:get and catalog:templates', () => {
  it("answers the demo's four target tables in load order, with keys", async () => {
    const catalog = await callOk(engineOn(demoProjectWith({})), 'catalog:get', {});
    expect(catalog.origin).toBe('target/load-schema.sql');
    expect(catalog.tables).toHaveLength(4);
    expect(catalog.loadOrder).toHaveLength(4);
    expect(catalog.loadOrder[0]).toBe('LOAD_PATIENT');
    expect(catalog.loadOrder.indexOf('LOAD_ADMISSION')).toBeLessThan(catalog.loadOrder.indexOf('LOAD_DIAGNOSIS'));
    const patient = catalog.tables.find((t) => t.name === 'LOAD_PATIENT')!;
    expect(patient.primaryKey).toEqual(['patient_id']);
    expect(patient.columns.find((c) => c.name === 'patient_id')).toMatchObject({ notNull: true });
    const diagnosis = catalog.tables.find((t) => t.name === 'LOAD_DIAGNOSIS')!;
    expect(diagnosis.foreignKeys.map((fk) => fk.refTable).sort()).toEqual(['LOAD_ADMISSION', 'LOAD_PATIENT']);
  });

  it('lists the built-in templates with their table counts', async () => {
    const templates = await callOk(engineOn(null), 'catalog:templates', {});
    expect(templates).toEqual(
      expect.arrayContaining([
        { id: 'omop-cdm-5.4', label: 'OMOP CDM 5.4', tables: 39 },
        { id: 'pas-load', label: 'PAS-style LOAD schema (demo)', tables: 4 },
      ]),
    );
  });

  it('needs an open project for its catalog', async () => {
    expect(await callFails(engineOn(null), 'catalog:get', {})).toMatchObject({ code: 'NO_PROJECT' });
  });
});

describe('mapping:pairs', () => {
  it("pairs the demo's target fields with their source fields", async () => {
    const pairs = await callOk(engineOn(demoProjectWith({})), 'mapping:pairs', {});
    expect(pairs).toContainEqual({ targetTable: 'LOAD_PATIENT', targetField: 'given_name', class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'forename' });
    expect(new Set(pairs.map((p) => p.targetTable)).size).toBe(4);
  });
});
