import { afterEach, describe, expect, it } from 'vitest';
import { RecordFlattener } from '../../../../../../main/engine/connectors/json/flatten-record';
import { cleanTempDirs } from '../../../../helpers/temp-project';
import { jsonFiles, readAll } from './json-helpers';

afterEach(cleanTempDirs);

const patients = [
  {
    id: 'p1',
    name: { family: 'Smith', given: { first: 'Ann' } },
    codes: ['A', 'B', null],
    addresses: [
      { use: 'home', city: 'Leeds', lines: [{ text: '1 Oak Road' }, { text: 'Flat 2' }] },
      { use: 'work', city: 'York' },
    ],
    grid: [[1, 2]],
  },
  { id: 'p2', name: { family: 'Jones' }, codes: [], addresses: [{ city: 'Hull', lines: [{ text: '9 Elm St' }] }] },
  { name: { family: 'NoId' }, addresses: [{ city: 'Bath' }] },
];

describe('flattening JSON records', () => {
  it('turns nested objects into a.b columns and arrays of scalars into one |-joined cell', () => {
    const [row] = new RecordFlattener().flatten(patients[0]!, 'patients');
    expect(row).toEqual({
      table: 'patients',
      parent: null,
      values: { id: 'p1', 'name.family': 'Smith', 'name.given.first': 'Ann', codes: 'A|B', grid: '[[1,2]]' },
    });
    expect(new RecordFlattener().flatten(patients[1]!, 'patients')[0]!.values.codes).toBeNull();
  });

  it('turns arrays of objects into child and grandchild tables linked by parent row and id', async () => {
    const connection = jsonFiles({ 'patients.json': JSON.stringify(patients, null, 1) });
    const tables = await connection.discover();
    expect(tables.map((t) => ({ name: t.name, kind: t.kind, rows: t.rowEstimate, parent: t.parent }))).toEqual([
      { name: 'patients', kind: 'file', rows: 3, parent: undefined },
      { name: 'patients.addresses', kind: 'child', rows: 4, parent: { table: 'patients', key: '_parent_row' } },
      { name: 'patients.addresses.lines', kind: 'child', rows: 3, parent: { table: 'patients.addresses', key: '_parent_row' } },
    ]);
    expect(tables[1]!.columns.map((c) => c.name)).toEqual(['_parent_row', '_parent_id', 'use', 'city']);
    const addresses = await readAll(connection, 'patients.addresses');
    expect(addresses.map((a) => a.values)).toEqual([
      { _parent_row: 1, _parent_id: 'p1', use: 'home', city: 'Leeds' },
      { _parent_row: 1, _parent_id: 'p1', use: 'work', city: 'York' },
      { _parent_row: 2, _parent_id: 'p2', city: 'Hull' },
      { _parent_row: 3, city: 'Bath' },
    ]);
    const lines = await readAll(connection, 'patients.addresses.lines');
    expect(lines.map((l) => [l.values._parent_row, l.values.text])).toEqual([
      [1, '1 Oak Road'],
      [1, 'Flat 2'],
      [3, '9 Elm St'],
    ]);
    expect(lines.every((l) => l.locator.file === 'patients.json' && typeof l.locator.line === 'number')).toBe(true);
  });

  it('links an array inside a nested object by that object\'s own id', () => {
    const rows = new RecordFlattener().flatten({ fullUrl: 'urn:1', resource: { id: 'r9', identifier: [{ value: 'x' }] } }, 'entry');
    expect(rows[1]).toEqual({ table: 'entry.resource.identifier', parent: 'entry', values: { _parent_row: 1, _parent_id: 'r9', value: 'x' } });
  });

  it('splits big fan-outs into batches of the asked size', async () => {
    const record = { id: 1, items: Array.from({ length: 25 }, (_, i) => ({ n: i })) };
    const connection = jsonFiles({ 'one.json': JSON.stringify([record]) });
    const sizes: number[] = [];
    for await (const batch of connection.read('one.items', { batchSize: 10 })) sizes.push(batch.length);
    expect(sizes).toEqual([10, 10, 5]);
  });
});
