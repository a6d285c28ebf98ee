import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../../../preload/contract/mapping-schemas';
import type { TableProfile } from '../../../../../../preload/contract/profile-schemas';
import { findTable, type Catalog } from '../../../../../../main/engine/catalog/catalog';
import { loadCatalogTemplate } from '../../../../../../main/engine/catalog/catalog-templates';
import { openSource } from '../../../../../../main/engine/connectors/open-source';
import { readCrosswalks } from '../../../../../../main/engine/mapping/crosswalks';
import { compileContractExpression } from '../../../../../../main/engine/mapping/expressions';
import { suggestDrivingTable, suggestFields, type SuggestInput } from '../../../../../../main/engine/mapping/suggest/suggest-fields';
import { TableProfiler } from '../../../../../../main/engine/profile/table-profiler';
import { generateDataset } from '../../../../../../main/engine/synth/generate';
import { cleanTempDirs, demoProjectWith } from '../../../../helpers/temp-project';

/** Profiles as the app stores them: suppressed with the default minimum cell count. */
const SUPPRESSED = { minCellCount: 5 };
const SYNTHEA = fileURLToPath(new URL('../../../../../fixtures/shared-data/synthea-csv-27', import.meta.url));

async function profileCsv(dir: string, source: string, table: string): Promise<TableProfile> {
  const connection = openSource({ type: 'csv', path: dir }, { baseDir: '/' });
  const found = (await connection.discover()).find((t) => t.name === table)!;
  const profiler = new TableProfiler(source, table, found.columns.map((c) => c.name), SUPPRESSED);
  for await (const batch of connection.read(table)) profiler.addBatch(batch);
  return profiler.finish();
}

function csvRows(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

function tableOf(catalog: Catalog, name: string) {
  const table = findTable(catalog, name);
  if (!table) throw new Error(`no table ${name}`);
  return table;
}

/** Every flagged column's top values (whole words of four letters or more) must stay out of the reasons. */
function expectNoFlaggedValues(suggestions: Iterable<Suggestion[]>, sources: readonly TableProfile[]) {
  let checked = 0;
  for (const s of [...suggestions].flat()) {
    const column = sources.find((t) => t.name === s.sourceTable)?.columns.find((c) => c.name === s.sourceField);
    if (!column || column.flags.length === 0) continue;
    for (const { value } of column.top.filter((t) => t.value.length >= 4)) {
      checked++;
      expect(s.reasons.join('\n'), `${s.sourceField}`).not.toMatch(new RegExp(`\\b${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    }
  }
  return checked;
}

describe('suggestions for the demo LOAD schema from a generated PAS export', () => {
  let project: string;
  let sources: TableProfile[];
  let crosswalks: SuggestInput['crosswalks'];
  let contract: Record<string, string>[];
  const load = loadCatalogTemplate('builtin:pas-load').catalog;

  beforeAll(async () => {
    project = demoProjectWith({});
    await generateDataset({ patients: 800, seed: 42, outDir: join(project, 'source') });
    sources = await Promise.all(['patients', 'admissions', 'outpatient_appointments', 'diagnoses'].map((t) => profileCsv(join(project, 'source'), 'pas', t)));
    crosswalks = [...readCrosswalks(project).crosswalks.values()].map((c) => ({ name: c.name, sourceCodes: [...c.codes.keys()], targetCodes: [...c.codes.values()] }));
    contract = csvRows(join(project, 'mapping', 'contract.csv'));
  });
  afterAll(cleanTempDirs);

  const suggest = (table: string) => suggestFields({ target: tableOf(load, table), sources, crosswalks });

  it('names the LOAD_PATIENT fields the brief calls out, with their classes', () => {
    const patient = suggest('LOAD_PATIENT');
    const given = patient.get('given_name')![0]!;
    expect(given).toMatchObject({ class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'forename' });
    expect(given.confidence).toBeGreaterThanOrEqual(0.85);
    expect(patient.get('birth_date')![0]).toMatchObject({ class: 'DERIVED', sourceField: 'date_of_birth', expression: 'iso_date(date_of_birth, "DD/MM/YYYY")' });
    const sex = patient.get('sex_code')![0]!;
    expect(sex).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'sex', crosswalk: 'sex' });
    // The generator injects unmapped sex codes, too few to survive suppression or to matter.
    expect(sex.reasons.find((r) => r.startsWith('values:'))).toMatch(/^values: (9\d|100)% of values are source codes of crosswalk sex/);
    expect(sex.confidence).toBeGreaterThan(patient.get('given_name')![0]!.confidence);
  });

  it('agrees with the demo contract on the source field of every mapped field, and on its class, expression or crosswalk', () => {
    let compared = 0;
    for (const row of contract.filter((r) => r.source_field)) {
      const best = suggest(row.target_table!).get(row.target_field!)?.[0];
      const where = `${row.target_table}.${row.target_field}`;
      expect(best, where).toBeDefined();
      expect([best!.sourceTable, best!.sourceField], where).toEqual([row.source_table, row.source_field]);
      if (row.class === 'LOOKUP_TRANSLATION') expect(best!.crosswalk, where).toBe(row.crosswalk);
      else if (row.expression?.startsWith('iso_date(')) expect(best!.expression, where).toBe(row.expression);
      // Clean-ups the profile cannot show the need for (upper-casing, dropping a dot) come back as direct copies.
      else expect(best!.class === row.class || best!.class === 'DIRECT_SOURCE', where).toBe(true);
      if (row.class !== 'DERIVED') expect(best!.class, where).toBe(row.class);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });

  it('derives the length of stay exactly as the contract does', () => {
    const row = contract.find((r) => r.target_field === 'length_of_stay')!;
    expect(suggest('LOAD_ADMISSION').get('length_of_stay')![0]).toMatchObject({ class: 'DERIVED', sourceTable: 'admissions', expression: row.expression });
  });

  it('suggests nothing for the fields the source does not hold', () => {
    const patient = suggest('LOAD_PATIENT');
    expect(patient.get('religion')).toEqual([]);
    expect(patient.get('source_system')).toEqual([]);
  });

  it('picks the contract\'s driving table for every LOAD table', () => {
    for (const table of load.tables) {
      const driving = new Set(contract.filter((r) => r.target_table === table.name && r.source_table).map((r) => r.source_table));
      expect(driving.size, table.name).toBe(1);
      expect(suggestDrivingTable({ target: table, sources, crosswalks })?.table, table.name).toBe([...driving][0]);
    }
  });

  it('keeps the values of identifying columns out of the reasons', () => {
    const all = load.tables.flatMap((t) => [...suggestFields({ target: t, sources, crosswalks }, { limit: 10 }).values()]);
    expect(expectNoFlaggedValues(all, sources)).toBeGreaterThan(0);
  });
});

describe('suggestions for OMOP from the Synthea CSV export', () => {
  let sources: TableProfile[];
  let crosswalks: SuggestInput['crosswalks'];
  const omop = loadCatalogTemplate('builtin:omop-cdm-5.4').catalog;
  const person = tableOf(omop, 'person');
  const patientsCsv = csvRows(join(SYNTHEA, 'patients.csv'));

  beforeAll(async () => {
    sources = await Promise.all(['patients', 'encounters', 'conditions'].map((t) => profileCsv(SYNTHEA, 'synthea', t)));
    const demo = fileURLToPath(new URL('../../../../../../assets/templates/demo', import.meta.url));
    crosswalks = [...readCrosswalks(demo).crosswalks.values()].map((c) => ({ name: c.name, sourceCodes: [...c.codes.keys()], targetCodes: [...c.codes.values()] }));
  });

  it('drives person from patients, visit_occurrence from encounters and condition_occurrence from conditions', () => {
    const drivers = ['person', 'visit_occurrence', 'condition_occurrence'].map((t) => suggestDrivingTable({ target: tableOf(omop, t), sources, crosswalks: [] })?.table);
    expect(drivers).toEqual(['patients', 'encounters', 'conditions']);
  });

  it('keeps GENDER as the gender source value, and looks it up for the gender concept', () => {
    const withCrosswalks = suggestFields({ target: person, sources, crosswalks });
    const source = withCrosswalks.get('gender_source_value')![0]!;
    expect(source).toMatchObject({ class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'GENDER' });
    expect(source.confidence).toBeGreaterThanOrEqual(0.85);
    expect(withCrosswalks.get('gender_concept_id')![0]).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'GENDER', crosswalk: 'sex' });
    const without = suggestFields({ target: person, sources, crosswalks: [] }).get('gender_concept_id')![0]!;
    expect(without).toMatchObject({ class: 'LOOKUP_TRANSLATION', sourceField: 'GENDER', crosswalk: null });
  });

  it('keeps the Synthea Id as the person source value and numbers it for person_id', () => {
    const suggestions = suggestFields({ target: person, sources, crosswalks: [] });
    expect(suggestions.get('person_source_value')![0]).toMatchObject({ class: 'DIRECT_SOURCE', sourceTable: 'patients', sourceField: 'Id' });
    expect(suggestions.get('person_id')![0]).toMatchObject({ class: 'SURROGATE_ETL', sourceTable: 'patients', sourceField: 'Id' });
  });

  it('takes the ISO birth date as it is for birth_datetime, and derives year, month and day that match it', () => {
    const suggestions = suggestFields({ target: person, sources, crosswalks: [] });
    expect(suggestions.get('birth_datetime')![0]).toMatchObject({ class: 'DIRECT_SOURCE', sourceField: 'BIRTHDATE' });
    const parts = (['year_of_birth', 'month_of_birth', 'day_of_birth'] as const).map((f) => suggestions.get(f)![0]!);
    for (const part of parts) expect(part).toMatchObject({ class: 'DERIVED', sourceField: 'BIRTHDATE' });
    const compiled = parts.map((p) => compileContractExpression(p.expression!));
    for (const row of patientsCsv) {
      expect(compiled.map((fn) => fn(row)), row.BIRTHDATE).toEqual(row.BIRTHDATE!.split('-').map(Number));
    }
  });

  it('cuts the time off the encounter start for visit_start_date, matching the source values', () => {
    const start = suggestFields({ target: tableOf(omop, 'visit_occurrence'), sources, crosswalks: [] }).get('visit_start_date')![0]!;
    expect(start).toMatchObject({ class: 'DERIVED', sourceTable: 'encounters', sourceField: 'START' });
    const fn = compileContractExpression(start.expression!);
    for (const row of csvRows(join(SYNTHEA, 'encounters.csv')).slice(0, 50)) expect(fn(row)).toBe(row.START!.slice(0, 10));
  });

  it('keeps the values of identifying columns out of the reasons', () => {
    const all = [...suggestFields({ target: person, sources, crosswalks }, { limit: 10 }).values()];
    expectNoFlaggedValues(all, sources);
    expect(all.flat().length).toBeGreaterThan(10);
  });
});
