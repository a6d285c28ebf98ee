import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith } from '../../../helpers/temp-project';
import { callFails, callOk, engineOn, SHARED_DATA } from './handler-helpers';

afterEach(cleanTempDirs);

const SYNTHEA = join(SHARED_DATA, 'synthea-csv-27');
const yamlOf = (dir: string) => readFileSync(join(dir, 'project.yaml'), 'utf8');

describe('connectors:add and connectors:remove', () => {
  it("adds a source to project.yaml keeping its comments, and removing it restores the file", async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    expect(before).toMatch(/^# A demo migration/);
    const engine = engineOn(dir);
    const added = await callOk(engine, 'connectors:add', { type: 'csv', path: SYNTHEA, options: { delimiter: ',' } });
    expect(added).toEqual({ id: 'synthea-csv-27', type: 'csv', path: SYNTHEA, options: { delimiter: ',' } });
    const after = yamlOf(dir);
    expect(after.startsWith(before.slice(0, before.indexOf('target:')))).toBe(true);
    expect(after).toContain(`  - id: synthea-csv-27\n    type: csv\n    path: ${SYNTHEA}\n    delimiter: ","\n`);
    expect((await callOk(engine, 'connectors:list', {})).sources.map((s) => s.id)).toEqual(['pas', 'synthea-csv-27']);
    expect((await callOk(engine, 'connectors:test', { sourceId: 'synthea-csv-27' })).ok).toBe(true);

    expect(await callOk(engine, 'connectors:remove', { sourceId: 'synthea-csv-27' })).toEqual({ removed: true });
    expect(yamlOf(dir)).toBe(before);
  });

  it('stores a path inside the project relative to it', async () => {
    const dir = demoProjectWith({});
    mkdirSync(join(dir, 'extra'));
    writeFileSync(join(dir, 'extra', 'wards.csv'), 'ward,name\nW1,Oak\n');
    const added = await callOk(engineOn(dir), 'connectors:add', { id: 'wards', type: 'csv', path: join(dir, 'extra', 'wards.csv') });
    expect(added.path).toBe('extra/wards.csv');
    expect(yamlOf(dir)).toContain('path: extra/wards.csv');
  });

  it('refuses a bad path, an unknown type or a bad option with BAD_INPUT naming the field, and changes nothing', async () => {
    const dir = demoProjectWith({});
    const before = yamlOf(dir);
    const engine = engineOn(dir);
    expect(await callFails(engine, 'connectors:add', { type: 'csv', path: '/no/such/folder' })).toMatchObject({
      code: 'BAD_INPUT',
      details: { field: 'path' },
    });
    expect(await callFails(engine, 'connectors:add', { type: 'parquet', path: SYNTHEA })).toMatchObject({ code: 'BAD_INPUT', details: { field: 'type' } });
    expect(await callFails(engine, 'connectors:add', { type: 'sqlite', path: SYNTHEA })).toMatchObject({ code: 'BAD_INPUT', details: { field: 'path' } });
    expect(await callFails(engine, 'connectors:add', { type: 'csv', path: SYNTHEA, options: { delimiter: ';;' } })).toMatchObject({
      code: 'BAD_INPUT',
      details: { field: 'options.delimiter' },
    });
    expect(await callFails(engine, 'connectors:add', { type: 'csv', path: SYNTHEA, options: { colour: 'red' } })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await callFails(engine, 'connectors:add', { id: 'pas', type: 'csv', path: SYNTHEA })).toMatchObject({ code: 'CONFLICT' });
    expect(yamlOf(dir)).toBe(before);
  });

  it('refuses to remove an unknown source or the last one', async () => {
    const engine = engineOn(demoProjectWith({}));
    expect(await callFails(engine, 'connectors:remove', { sourceId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await callFails(engine, 'connectors:remove', { sourceId: 'pas' })).toMatchObject({ code: 'BAD_INPUT' });
  });

  it('needs an open project', async () => {
    expect(await callFails(engineOn(null), 'connectors:add', { type: 'csv', path: SYNTHEA })).toMatchObject({ code: 'NO_PROJECT' });
  });
});
