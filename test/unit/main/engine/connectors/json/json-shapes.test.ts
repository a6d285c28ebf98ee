import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonSource } from '../../../../../../main/engine/connectors/json/json-connector';
import { cleanTempDirs } from '../../../../helpers/temp-project';
import { jsonFiles, readAll } from './json-helpers';

afterEach(cleanTempDirs);

const root = join(__dirname, '..', '..', '..', '..', '..', '..');

describe('JSON and NDJSON shapes', () => {
  it('reads a top-level array of objects as one table named after the file', async () => {
    const connection = jsonFiles({ 'patients.json': '[\n  {"id": "p1", "age": 40, "alive": true},\n  {"id": "p2", "age": null, "nhs": "943 476 5919"}\n]\n' });
    const tables = await connection.discover();
    expect(tables).toEqual([{ name: 'patients', kind: 'file', columns: [{ name: 'id' }, { name: 'age' }, { name: 'alive' }, { name: 'nhs' }], rowEstimate: 2 }]);
    const rows = await readAll(connection, 'patients');
    expect(rows).toEqual([
      { locator: { file: 'patients.json', line: 2 }, values: { id: 'p1', age: 40, alive: true } },
      { locator: { file: 'patients.json', line: 3 }, values: { id: 'p2', age: null, nhs: '943 476 5919' } },
    ]);
  });

  it('names the tables of an object after the keys holding arrays of objects, ignoring the rest', async () => {
    const text = JSON.stringify({ exported: '2024-01-01', version: 2, tags: ['a'], patients: [{ id: 1 }, { id: 2 }], wards: [{ code: 'W1' }] }, null, 2);
    const connection = jsonFiles({ 'export.json': text });
    expect((await connection.discover()).map((t) => [t.name, t.rowEstimate])).toEqual([
      ['patients', 2],
      ['wards', 1],
    ]);
    const wardLine = text.split('\n').findIndex((l) => l.includes('"code"'));
    expect((await readAll(connection, 'wards'))[0]).toEqual({ locator: { file: 'export.json', line: wardLine }, values: { code: 'W1' } });
  });

  it('reads an object holding no array of objects as a single record', async () => {
    const connection = jsonFiles({ 'settings.json': '{"site": "LEEDS", "beds": 40, "wards": ["A", "B"]}' });
    expect(await readAll(connection, 'settings')).toEqual([{ locator: { file: 'settings.json', line: 1 }, values: { site: 'LEEDS', beds: 40, wards: 'A|B' } }]);
  });

  it('reads NDJSON by its ending, line by line, skipping blank lines', async () => {
    const connection = jsonFiles({ 'events.jsonl': '{"id":1,"kind":"admit"}\r\n\r\n{"id":2,"kind":"discharge","ward":"W2"}\n' });
    const rows = await readAll(connection, 'events');
    expect(rows.map((r) => [r.locator.line, r.values])).toEqual([
      [1, { id: 1, kind: 'admit' }],
      [3, { id: 2, kind: 'discharge', ward: 'W2' }],
    ]);
    expect((await connection.test()).detected).toMatchObject({ format: 'ndjson', encoding: 'UTF-8', tables: 1, rows: 2 });
  });

  it('recognises NDJSON in a .json file by its content', async () => {
    const connection = jsonFiles({ 'log.json': '{"a":1}\n{"a":2}\n{"a":3}\n' });
    expect((await readAll(connection, 'log')).map((r) => r.values.a)).toEqual([1, 2, 3]);
    expect((await connection.test()).detected).toMatchObject({ format: 'ndjson' });
  });

  it('lets the configured format win', async () => {
    const connection = jsonFiles({ 'one.ndjson': '{"a": {"b": 1}}' }, 'one.ndjson', { format: 'json' });
    expect((await connection.test()).detected).toMatchObject({ format: 'json' });
    expect((await readAll(connection, 'one'))[0]!.values).toEqual({ 'a.b': 1 });
  });

  it('reads UTF-16 and Windows-1252 JSON like CSV', async () => {
    const text = '[{"name": "Zoë", "price": "£3"}]';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const latin = Buffer.from(text, 'latin1');
    const connection = jsonFiles({ 'a.json': utf16, 'b.json': latin });
    expect((await readAll(connection, 'a'))[0]!.values).toEqual({ name: 'Zoë', price: '£3' });
    expect((await readAll(connection, 'b'))[0]!.values).toEqual({ name: 'Zoë', price: '£3' });
  });

  it('concatenates same-named tables of a folder\'s files in file order, numbering rows on', async () => {
    const fixtures = join(root, 'test/fixtures/shared-data/fhir-r4');
    const connection = jsonSource.open({ path: fixtures }, { baseDir: root });
    const bundles = ['Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json', 'Clemente_Kreiger_1484a42d-0eaf-4654-9cbf-6b050a5cd73b.json'].map(
      (f) => JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { entry: { resource: { resourceType: string; name?: unknown[] } }[] },
    );
    const entries = await readAll(connection, 'entry');
    expect(entries).toHaveLength(bundles[0]!.entry.length + bundles[1]!.entry.length);
    expect(entries.map((e) => e.values['resource.resourceType'])).toEqual(bundles.flatMap((b) => b.entry.map((e) => e.resource.resourceType)));
    const names = await readAll(connection, 'entry.resource.name');
    const named = bundles.flatMap((b) => b.entry).flatMap((e, i) => (Array.isArray(e.resource.name) ? [i + 1] : []));
    expect(new Set(names.map((n) => n.values._parent_row))).toEqual(new Set(named));
    expect(names.filter((n) => n.values._parent_id !== undefined)).toHaveLength(names.length);
    expect((await connection.test()).ok).toBe(true);
  });
});
