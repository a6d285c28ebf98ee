import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fhirNdjsonTarget } from '../../../../../../main/engine/connectors/targets/fhir-ndjson-target-connector';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

const open = (dir: string, path: string) => fhirNdjsonTarget.open({ path }, { baseDir: dir });
const lines = (...resources: object[]) => resources.map((r) => JSON.stringify(r)).join('\n');

describe('fhir ndjson target', () => {
  it('accepts a folder that does not exist yet, and an empty one', async () => {
    const dir = tempDir();
    expect(await open(dir, 'bulk').test()).toMatchObject({ ok: true, summary: 'the folder will be created' });
    expect(await open(dir, 'bulk').discover()).toEqual([]);
    mkdirSync(join(dir, 'bulk'));
    expect(await open(dir, 'bulk').test()).toMatchObject({ ok: true, summary: 'empty folder' });
  });

  it('discovers resource types, counts resources and reads columns from the first one', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bulk'));
    writeFileSync(join(dir, 'bulk', 'Patient.ndjson'), `\n${lines({ resourceType: 'Patient', id: 'p1', gender: 'female' }, { resourceType: 'Patient', id: 'p2' })}\r\n\r\n`);
    writeFileSync(join(dir, 'bulk', 'Observation.ndjson'), lines(...Array.from({ length: 5 }, (_, i) => ({ resourceType: 'Observation', id: `o${i}`, status: 'final' }))));
    writeFileSync(join(dir, 'bulk', 'Encounter.ndjson'), '');
    writeFileSync(join(dir, 'bulk', 'patients-old.ndjson'), lines({ resourceType: 'Patient', id: 'x' }));
    expect(await open(dir, 'bulk').discover()).toEqual([
      { name: 'Encounter', kind: 'resource', columns: [], rowEstimate: 0 },
      { name: 'Observation', kind: 'resource', columns: [{ name: 'resourceType' }, { name: 'id' }, { name: 'status' }], rowEstimate: 5 },
      { name: 'Patient', kind: 'resource', columns: [{ name: 'resourceType' }, { name: 'id' }, { name: 'gender' }], rowEstimate: 2 },
    ]);
    expect(await open(dir, 'bulk').test()).toMatchObject({
      ok: true,
      summary: '3 resource files, 7 rows',
      detected: { exists: true, files: 3, rows: 7, ignored: 'patients-old.ndjson' },
    });
  });

  it('reports a first line that is not JSON, not an object, or another resource type, with file and line', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bulk'));
    writeFileSync(join(dir, 'bulk', 'Patient.ndjson'), '\n{"resourceType": "Patient", "id": \n');
    writeFileSync(join(dir, 'bulk', 'Condition.ndjson'), '[1, 2]\n');
    writeFileSync(join(dir, 'bulk', 'Encounter.ndjson'), lines({ resourceType: 'Observation', id: 'o1' }));
    const report = await open(dir, 'bulk').test();
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { file: join('bulk', 'Condition.ndjson'), line: 1, text: 'each line must be one FHIR resource (a JSON object)' },
      { file: join('bulk', 'Encounter.ndjson'), line: 1, text: 'its first resource is Observation, but the file is named Encounter.ndjson' },
      { file: join('bulk', 'Patient.ndjson'), line: 2, text: 'not valid JSON' },
    ]);
    const tables = await open(dir, 'bulk').discover();
    expect(tables.map((t) => [t.name, t.rowEstimate, t.problem?.line])).toEqual([['Condition', null, 1], ['Encounter', 1, 1], ['Patient', null, 2]]);
  });

  it('reads a first resource larger than a read chunk and counts lines across chunks', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'bulk'));
    const big = { resourceType: 'DocumentReference', id: 'd0', content: [{ attachment: { data: 'A'.repeat(3_000_000) } }] };
    const small = Array.from({ length: 40_000 }, (_, i) => ({ resourceType: 'DocumentReference', id: `d${i + 1}` }));
    writeFileSync(join(dir, 'bulk', 'DocumentReference.ndjson'), `${lines(big, ...small)}\n`);
    expect(await open(dir, 'bulk').discover()).toEqual([
      { name: 'DocumentReference', kind: 'resource', columns: [{ name: 'resourceType' }, { name: 'id' }, { name: 'content' }], rowEstimate: 40_001 },
    ]);
  });

  it('reports a path under a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.zip'), 'zip bytes');
    expect(await open(dir, 'export.zip/bulk').test()).toMatchObject({ ok: false, summary: 'cannot be created: "export.zip" is a file, not a folder' });
  });
});
