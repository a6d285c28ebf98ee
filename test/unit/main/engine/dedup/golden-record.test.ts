import { describe, expect, it } from 'vitest';
import type { DedupRecord } from '../../../../../main/engine/dedup/dedup-config';
import { goldenRecord, goldenRecords } from '../../../../../main/engine/dedup/golden-record';

const RECORDS: DedupRecord[] = [
  { id: 'a', given: 'jon', surname: 'smith', phone: null, updated: '2021-03-01', postcode: 'SW1A 1AA' },
  { id: 'b', given: 'jonathan', surname: 'smyth', phone: '07700 900123', updated: '2023-06-30', postcode: '' },
  { id: 'c', given: 'jon', surname: 'smith', phone: null, updated: '2019-01-15', postcode: 'SW1A 1AB' },
];
const BY_ID = new Map(RECORDS.map((r) => [String(r.id), r]));

describe('goldenRecord', () => {
  it('takes the longest value by default, with the id it came from, never a blank', () => {
    const golden = goldenRecord(['a', 'b', 'c'], BY_ID, { idField: 'id' });
    expect(golden.values.given).toBe('jonathan');
    expect(golden.provenance.given).toBe('b');
    expect(golden.values.phone).toBe('07700 900123');
    expect(golden.provenance.postcode).toBe('a'); // same length as c's: the fuller, earlier record wins
    expect(golden.values).not.toHaveProperty('id');
    expect(golden.members).toEqual(['a', 'b', 'c']);
  });

  it('takes the value most members share', () => {
    const golden = goldenRecord(['a', 'b', 'c'], BY_ID, { idField: 'id', survivorship: { default: 'most_frequent' } });
    expect(golden.values).toMatchObject({ given: 'jon', surname: 'smith' });
    expect(golden.provenance.given).toBe('a');
  });

  it('takes the latest record by the recency field, per field where configured', () => {
    const golden = goldenRecord(['a', 'b', 'c'], BY_ID, {
      idField: 'id',
      survivorship: { default: 'most_frequent', fields: { surname: 'most_recent', postcode: 'most_recent' }, recencyField: 'updated' },
    });
    expect(golden.values.surname).toBe('smyth');
    expect(golden.provenance.surname).toBe('b');
    expect(golden.values.postcode).toBe('SW1A 1AA'); // b has none, so the next latest
    expect(golden.provenance.postcode).toBe('a');
    expect(golden.values.given).toBe('jon');
  });

  it('leaves a field no member has as null with no source, and skips unknown members', () => {
    const golden = goldenRecord(['a', 'c', 'zz'], BY_ID, { idField: 'id' });
    expect(golden.values.phone).toBeNull();
    expect(golden.provenance.phone).toBeNull();
    expect(golden.members).toEqual(['a', 'c']);
  });

  it('refuses most_recent without a recency field', () => {
    expect(() => goldenRecord(['a'], BY_ID, { idField: 'id', survivorship: { default: 'most_recent' } })).toThrow(/recencyField/);
  });
});

describe('goldenRecords', () => {
  it('merges every cluster, naming it', () => {
    const merged = goldenRecords([{ id: 'cluster-1', members: ['a', 'b'] }], RECORDS, { idField: 'id' });
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ cluster: 'cluster-1', members: ['a', 'b'], values: { given: 'jonathan' } });
  });
});
