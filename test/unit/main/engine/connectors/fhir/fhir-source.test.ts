import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceConnection, SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { fhirSource } from '../../../../../../main/engine/connectors/fhir/fhir-source';
import { cleanTempDirs, tempDir } from '../../../../../unit/helpers/temp-project';

const SAMPLES = fileURLToPath(new URL('../../../../../fixtures/shared-data/fhir-r4', import.meta.url));
const BUNDLES = ['Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json', 'Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json'];

interface Json {
  [key: string]: unknown;
}
interface Entry {
  fullUrl: string;
  resource: Json & { resourceType: string; id: string };
}

function entriesOf(file: string): Entry[] {
  return (JSON.parse(readFileSync(join(SAMPLES, file), 'utf8')) as { entry: Entry[] }).entry;
}

function open(path: string, baseDir = SAMPLES): SourceConnection {
  return fhirSource.open({ path }, { baseDir });
}

async function readAll(connection: SourceConnection, table: string): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const batch of connection.read(table, { batchSize: 7 })) rows.push(...batch);
  return rows;
}

afterAll(cleanTempDirs);

describe.each(BUNDLES)('FHIR source over the sample bundle %s', (file) => {
  const entries = entriesOf(file);
  const patient = entries.find((e) => e.resource.resourceType === 'Patient')!;
  const source = open(file);

  it('discovers exactly the resource types the bundle holds, with their counts', async () => {
    const counts: Record<string, number> = {};
    for (const { resource } of entries) counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
    const tables = await source.discover();
    expect(Object.fromEntries(tables.map((t) => [t.name, t.rowEstimate]))).toEqual(counts);
    expect(counts['Patient']).toBe(1);
    expect(tables.every((t) => t.kind === 'resource')).toBe(true);
    const report = await source.test();
    expect(report.ok).toBe(true);
    expect(report.detected).toMatchObject({ files: 1, resources: entries.length, resourceTypes: tables.length });
  });

  it('gives one Patient row with the common elements flattened', async () => {
    const rows = await readAll(source, 'Patient');
    expect(rows).toHaveLength(1);
    const p = patient.resource as unknown as Json & { name: { family: string; given: string[] }[]; address: { city: string }[] };
    expect(rows[0]!.values).toMatchObject({
      id: p.id,
      gender: p['gender'],
      birthDate: p['birthDate'],
      name_0_family: p.name[0]!.family,
      name_0_given: p.name[0]!.given.join(' '),
      address_0_city: p.address[0]!.city,
    });
    expect(rows[0]!.locator).toEqual({ file, message: String(entries.indexOf(patient)), segment: `Patient/${p.id}` });
  });

  it('names identifiers by their v2-0203 type', async () => {
    const [row] = await readAll(source, 'Patient');
    const identifiers = patient.resource['identifier'] as { type?: { coding: { code: string }[] }; value: string }[];
    const byType = (code: string) => identifiers.find((i) => i.type?.coding[0]?.code === code)!.value;
    expect(row!.values).toMatchObject({ identifier_mr: byType('MR'), identifier_ss: byType('SS'), identifier_dl: byType('DL') });
  });

  it('resolves every reference to the patient to the patient id', async () => {
    const tables = await source.discover();
    let resolved = 0;
    for (const table of tables) {
      for (const row of await readAll(source, table.name)) {
        for (const key of ['subject', 'patient']) {
          if (row.values[`${key}_reference`] !== patient.fullUrl) continue;
          expect(row.values[`${key}_id`]).toBe(patient.resource.id);
          resolved++;
        }
      }
    }
    const expected = entries.filter((e) => JSON.stringify([e.resource['subject'], e.resource['patient']]).includes(`"${patient.fullUrl}"`)).length;
    expect(resolved).toBe(expected);
    expect(resolved).toBeGreaterThan(10);
  });

  it('flattens codings, quantities, dates and encounter class', async () => {
    const observation = entries.find((e) => e.resource.resourceType === 'Observation' && e.resource['valueQuantity'])!.resource as unknown as Json & {
      code: { coding: { system: string; code: string }[] };
      valueQuantity: { value: number; unit: string };
    };
    const row = (await readAll(source, 'Observation')).find((r) => r.values['id'] === observation.id)!;
    expect(row.values).toMatchObject({
      status: observation['status'],
      code_coding_0_system: observation.code.coding[0]!.system,
      code_coding_0_code: observation.code.coding[0]!.code,
      valueQuantity_value: observation.valueQuantity.value,
      valueQuantity_unit: observation.valueQuantity.unit,
      effectiveDateTime: observation['effectiveDateTime'],
    });
    const encounter = (await readAll(source, 'Encounter'))[0]!;
    expect(encounter.values['class_code']).toBe('AMB');
    expect(typeof encounter.values['period_start']).toBe('string');
    expect(encounter.values['encounter_id']).toBeUndefined();
  });
});

describe('FHIR source over the folder of sample bundles', () => {
  it('reads both bundles: two Patient rows, id and named identifiers first', async () => {
    const source = open('.');
    expect(await readAll(source, 'Patient')).toHaveLength(2);
    const patient = (await source.discover()).find((t) => t.name === 'Patient')!;
    expect(patient.columns.slice(0, 5).map((c) => c.name)).toEqual(['id', 'identifier_dl', 'identifier_mr', 'identifier_ppn', 'identifier_ss']);
    expect(patient.columns.find((c) => c.name === 'address_0_ext_geolocation_latitude')?.declaredType).toBe('number');
    expect((await source.preview('Observation', 3)).map((r) => r.locator.file)).toEqual([BUNDLES[0], BUNDLES[0], BUNDLES[0]]);
  });

  it('gives the same columns in the same order whatever order the resources and keys come in', async () => {
    const dir = tempDir();
    const bundle = JSON.parse(readFileSync(join(SAMPLES, BUNDLES[0]!), 'utf8')) as { entry: Entry[] };
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reverseKeys) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) : value;
    writeFileSync(join(dir, 'shuffled.json'), JSON.stringify({ ...bundle, entry: (reverseKeys(bundle.entry) as Entry[]).reverse() }));
    const original = await open(BUNDLES[0]!).discover();
    const shuffled = await open('shuffled.json', dir).discover();
    const byName = (tables: typeof original) => Object.fromEntries(tables.map((t) => [t.name, t.columns]));
    expect(byName(shuffled)).toEqual(byName(original));
  });
});
