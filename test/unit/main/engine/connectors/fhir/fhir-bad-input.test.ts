import { randomBytes } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceConnection } from '../../../../../../main/engine/connectors/connector';
import { MAX_BUNDLE_BYTES } from '../../../../../../main/engine/connectors/fhir/fhir-entries';
import { fhirSource } from '../../../../../../main/engine/connectors/fhir/fhir-source';
import { UserError } from '../../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../../../unit/helpers/temp-project';

const BUNDLE = fileURLToPath(new URL('../../../../../fixtures/shared-data/fhir-r4/Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json', import.meta.url));
const SECRET = 'Zebedee';

function sourceWith(name: string, content: string | Buffer): SourceConnection {
  const dir = tempDir();
  writeFileSync(join(dir, name), content);
  return fhirSource.open({ path: name }, { baseDir: dir });
}

async function readError(source: SourceConnection, table = 'Patient'): Promise<UserError> {
  try {
    for await (const batch of source.read(table)) void batch;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the read to fail');
}

afterAll(cleanTempDirs);

describe('FHIR source on bad input', () => {
  it('reports a truncated Bundle as truncated, naming the file and never quoting it', async () => {
    const text = readFileSync(BUNDLE, 'utf8');
    const source = sourceWith('cut.json', text.slice(0, Math.floor(text.length / 2)));
    const error = await readError(source);
    expect(error.message).toBe('the JSON ends early (the file looks truncated)');
    expect(error.place.file).toBe('cut.json');
    const report = await source.test();
    expect(report).toMatchObject({ ok: false, problems: [{ file: 'cut.json', text: error.message }] });
  });

  it('names the line of malformed JSON without quoting the text', async () => {
    const error = await readError(sourceWith('bad.json', `{\n "resourceType": "Patient",\n "name": "${SECRET}" "x"\n}`));
    expect(error.place).toEqual({ file: 'bad.json', line: 3 });
    expect(error.message).toBe('not valid JSON');
    const other = await readError(sourceWith('bad2.json', `{"resourceType":"Patient","name":${SECRET}}`));
    expect(other.describe()).toBe('bad2.json: not valid JSON');
  });

  it('reports JSON that is not FHIR', async () => {
    const error = await readError(sourceWith('package.json', JSON.stringify({ name: SECRET, version: '1.0.0' })));
    expect(error.describe()).toBe('package.json: the file is JSON but not a FHIR Bundle or resource (no resourceType)');
    expect((await readError(sourceWith('list.json', '[1, 2, 3]'))).message).toMatch(/not a FHIR Bundle/);
  });

  it('names the Bundle entry without a resourceType', async () => {
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: [{ resource: { resourceType: 'Patient', id: 'a' } }, { resource: { id: 'b', name: SECRET } }] };
    const source = sourceWith('entry.json', JSON.stringify(bundle));
    const error = await readError(source);
    expect(error.describe()).toBe('entry.json: Bundle entry[1]: the resource has no valid resourceType');
    expect(JSON.stringify(await source.test())).not.toContain(SECRET);
  });

  it('skips DELETE entries that carry no resource, and reports other entries without one', async () => {
    const ok = { resourceType: 'Bundle', type: 'transaction', entry: [{ request: { method: 'DELETE', url: 'Patient/x' } }, { fullUrl: 'urn:uuid:1f0c', resource: { resourceType: 'Patient' } }] };
    const rows = [];
    for await (const batch of sourceWith('delete.json', JSON.stringify(ok)).read('Patient')) rows.push(...batch);
    expect(rows.map((r) => [r.values['id'], r.locator])).toEqual([['1f0c', { file: 'delete.json', message: '1', segment: 'Patient/1f0c' }]]);
    const bad = { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'urn:uuid:x' }] };
    expect((await readError(sourceWith('bare.json', JSON.stringify(bad)))).message).toBe('Bundle entry[0] has no resource');
  });

  it('reports an empty file, JSON or NDJSON', async () => {
    expect((await readError(sourceWith('empty.json', ''))).describe()).toBe('empty.json: the file is empty');
    expect((await readError(sourceWith('empty.ndjson', '\n\n'))).describe()).toBe('empty.ndjson: the file is empty');
  });

  it('reports binary garbage as invalid JSON, never as a crash', async () => {
    const garbage = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]), randomBytes(2048)]);
    expect((await readError(sourceWith('data.json', garbage))).describe()).toMatch(/^data\.json(:\d+)?: not valid JSON$/);
    expect((await readError(sourceWith('data.ndjson', garbage))).message).toMatch(/^line \d+: not valid JSON/);
  });

  it('names the NDJSON line that is not a resource, after handing over the rows before it', async () => {
    const lines = ['{"resourceType":"Patient","id":"p1"}', '{"resourceType":"Patient","id":"p2"}', `{"id":"p3","name":"${SECRET}"}`];
    const source = sourceWith('Patient.ndjson', lines.join('\n'));
    const rows = [];
    let caught: unknown;
    try {
      for await (const batch of source.read('Patient')) rows.push(...batch);
    } catch (error) {
      caught = error;
    }
    expect(rows).toHaveLength(2);
    expect((caught as UserError).describe()).toBe('Patient.ndjson:3: line 3: not a FHIR resource (no resourceType)');
    const pretty = sourceWith('pretty.ndjson', JSON.stringify({ resourceType: 'Patient', id: 'p' }, null, 2));
    expect((await readError(pretty)).message).toBe('line 1: the JSON ends before the line does (one resource per line is expected)');
  });

  it('refuses a Bundle file over the size limit before reading it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'huge.json'), '');
    truncateSync(join(dir, 'huge.json'), MAX_BUNDLE_BYTES + 1);
    const error = await readError(fhirSource.open({ path: 'huge.json' }, { baseDir: dir }));
    expect(error.message).toMatch(/at most 200 MB \(export larger data as Bulk Data NDJSON\)/);
  });

  it('tests the other files of a folder when one is bad; discover names the bad one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ resourceType: 'Patient', id: 'a' }));
    writeFileSync(join(dir, 'b.json'), '{"resourceType":');
    writeFileSync(join(dir, 'c.ndjson'), '{"resourceType":"Patient","id":"c"}\n');
    const source = fhirSource.open({ path: '.' }, { baseDir: dir });
    const report = await source.test();
    expect(report.summary).toBe('1 of 3 files unreadable, 2 resources read');
    expect(report.problems).toEqual([{ file: 'b.json', line: 1, text: 'the JSON ends early (the file looks truncated)' }]);
    await expect(source.discover()).rejects.toMatchObject({ place: { file: 'b.json' } });
    await expect(fhirSource.open({ path: 'none' }, { baseDir: dir }).test()).resolves.toMatchObject({ ok: false, problems: [{ file: 'none' }] });
  });
});
