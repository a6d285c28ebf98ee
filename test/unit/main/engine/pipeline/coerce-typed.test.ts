import { describe, expect, it } from 'vitest';
import type { CatalogColumn } from '../../../../../main/engine/catalog/catalog';
import { coerce } from '../../../../../main/engine/pipeline/coerce';

const column = (type: string, length: number | null = null): CatalogColumn => ({ name: 'c', type, notNull: false, length });

describe('coerce with typed source values (JSON, SQLite, xlsx)', () => {
  it('fits numbers and booleans to integer, number and text columns', () => {
    expect(coerce(42, column('INTEGER'))).toEqual({ ok: true, value: 42 });
    expect(coerce(true, column('INTEGER'))).toEqual({ ok: true, value: 1 });
    expect(coerce(false, column('INTEGER'))).toEqual({ ok: true, value: 0 });
    expect(coerce(4.5, column('INTEGER'))).toMatchObject({ ok: false, rule: 'type' });
    expect(coerce(4.5, column('REAL'))).toEqual({ ok: true, value: 4.5 });
    expect(coerce(300, column('VARCHAR(3)', 3))).toEqual({ ok: true, value: '300' });
    expect(coerce(1234, column('VARCHAR(3)', 3))).toMatchObject({ ok: false, rule: 'length' });
    expect(coerce(true, column('TEXT'))).toEqual({ ok: true, value: 'true' });
    expect(coerce(null, column('INTEGER'))).toEqual({ ok: true, value: null });
  });

  it('refuses a number where a date is expected', () => {
    expect(coerce(20200101, column('DATE'))).toMatchObject({ ok: false, rule: 'type' });
  });
});
