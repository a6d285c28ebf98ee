import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceConnection, SourceRecord } from '../../../../../../main/engine/connectors/connector';
import { fhirSource } from '../../../../../../main/engine/connectors/fhir/fhir-source';
import { cleanTempDirs, tempDir } from '../../../../../unit/helpers/temp-project';

const BUNDLE = fileURLToPath(new URL('../../../../../fixtures/shared-data/fhir-r4/Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json', import.meta.url));

interface Resource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}

/** The sample bundle as a Bulk Data export: one `<Type>.ndjson` per type, references as `Type/id`. */
function bulkExport(): { dir: string; byType: Map<string, Resource[]> } {
  const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8')) as { entry: { fullUrl: string; resource: Resource }[] };
  const typeOf = new Map(bundle.entry.map((e) => [e.fullUrl, `${e.resource.resourceType}/${e.resource.id}`]));
  const byType = new Map<string, Resource[]>();
  for (const { resource } of bundle.entry) {
    const text = JSON.stringify(resource).replace(/"urn:uuid:[0-9a-f-]+"/g, (ref) => JSON.stringify(typeOf.get(JSON.parse(ref) as string) ?? ref));
    byType.set(resource.resourceType, [...(byType.get(resource.resourceType) ?? []), JSON.parse(text) as Resource]);
  }
  const dir = tempDir();
  for (const [type, resources] of byType) writeFileSync(join(dir, `${type}.ndjson`), resources.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return { dir, byType };
}

async function readAll(connection: SourceConnection, table: string): Promise<SourceRecord[]> {
  const rows: SourceRecord[] = [];
  for await (const batch of connection.read(table, { batchSize: 10 })) rows.push(...batch);
  return rows;
}

afterAll(cleanTempDirs);

describe('FHIR source over Bulk Data NDJSON', () => {
  it('discovers one table per type with exact counts and reads rows located by line', async () => {
    const { dir, byType } = bulkExport();
    const source = fhirSource.open({ path: '.' }, { baseDir: dir });
    const tables = await source.discover();
    expect(Object.fromEntries(tables.map((t) => [t.name, t.rowEstimate]))).toEqual(Object.fromEntries([...byType].map(([t, r]) => [t, r.length])));
    const observations = await readAll(source, 'Observation');
    expect(observations).toHaveLength(byType.get('Observation')!.length);
    const third = byType.get('Observation')![2]!;
    expect(observations[2]!.locator).toEqual({ file: 'Observation.ndjson', line: 3, message: '3', segment: `Observation/${third.id}` });
    const patientId = byType.get('Patient')![0]!.id;
    expect(observations.every((r) => r.values['subject_reference'] === `Patient/${patientId}` && r.values['subject_id'] === patientId)).toBe(true);
  });

  it('gives the same columns from NDJSON as from the Bundle, less the fullUrl-only differences', async () => {
    const { dir } = bulkExport();
    const fromNdjson = await fhirSource.open({ path: 'Patient.ndjson' }, { baseDir: dir }).discover();
    const fromBundle = await fhirSource.open({ path: BUNDLE }, { baseDir: dir }).discover();
    expect(fromNdjson[0]!.columns).toEqual(fromBundle.find((t) => t.name === 'Patient')!.columns);
  });

  it('reads a mixed file of types, blank lines, CRLF ends and a BOM', async () => {
    const dir = tempDir();
    const lines = ['\uFEFF{"resourceType":"Patient","id":"p1","gender":"female"}', '', '{"resourceType":"Encounter","id":"e1","subject":{"reference":"Patient/p1"}}', '{"resourceType":"Patient","id":"p2"}'];
    writeFileSync(join(dir, 'export.ndjson'), lines.join('\r\n') + '\r\n');
    const source = fhirSource.open({ path: 'export.ndjson' }, { baseDir: dir });
    const patients = await readAll(source, 'Patient');
    expect(patients.map((r) => [r.values['id'], r.locator.line])).toEqual([['p1', 1], ['p2', 4]]);
    expect(patients[0]!.values).toEqual({ id: 'p1', gender: 'female' });
    const [encounter] = await readAll(source, 'Encounter');
    expect(encounter!.values).toEqual({ id: 'e1', subject_reference: 'Patient/p1', subject_id: 'p1' });
  });
});
