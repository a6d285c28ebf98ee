import { describe, expect, it } from 'vitest';
import { targetKind, typeFit } from '../../../../../../main/engine/mapping/suggest/type-fit';
import { col, field, ukDate } from './suggest-fixtures';

describe('targetKind', () => {
  it('reads the declared types of the built-in catalogs', () => {
    const kinds = ['VARCHAR(60)', 'TEXT', 'INTEGER', 'BIGINT', 'NUMERIC', 'REAL', 'DATE', 'TIMESTAMP', 'BOOLEAN', 'BLOB'].map((t) => targetKind(field('x', t)));
    expect(kinds).toEqual(['text', 'text', 'integer', 'integer', 'decimal', 'decimal', 'date', 'datetime', 'boolean', 'other']);
  });
});

describe('typeFit', () => {
  it('fits values that go in as they are', () => {
    expect(typeFit(field('d', 'DATE'), ukDate('dob')).fit).toBe('good');
    expect(typeFit(field('n', 'INTEGER'), col('n', { type: 'integer' })).fit).toBe('good');
    expect(typeFit(field('n', 'NUMERIC'), col('n', { type: 'integer' })).fit).toBe('good');
    expect(typeFit(field('c', 'VARCHAR(3)'), col('c', { type: 'integer', lengthMax: 3 })).fit).toBe('good');
  });

  it('penalises a value longer than the VARCHAR and says by how much', () => {
    const fit = typeFit(field('given_name', 'VARCHAR(30)'), col('forename', { type: 'text', lengthMax: 31 }));
    expect(fit.fit).toBe('poor');
    expect(fit.factor).toBeLessThan(1);
    expect(fit.reasons).toContain('length: longest value 31 characters, target holds 30');
  });

  it('calls text into a number or a date bad, unless the text is mostly dates', () => {
    expect(typeFit(field('n', 'INTEGER'), col('n', { type: 'text' })).fit).toBe('bad');
    expect(typeFit(field('d', 'DATE'), col('d', { type: 'code' })).fit).toBe('bad');
    expect(typeFit(field('d', 'DATE'), col('d', { type: 'text', patterns: [{ pattern: '99/99/9999', count: 95 }, { pattern: 'AAAA', count: 5 }] })).fit).toBe('fair');
  });

  it('counts an empty column for little, and a NOT NULL target fed from an often empty one for less', () => {
    expect(typeFit(field('x', 'TEXT'), col('x', { type: 'empty' })).factor).toBeLessThan(0.5);
    const optional = typeFit(field('x', 'VARCHAR(10)'), col('x', { nullRate: 0.4 }));
    const required = typeFit(field('x', 'VARCHAR(10)', true), col('x', { nullRate: 0.4 }));
    expect(required.factor).toBeLessThan(optional.factor);
    expect(required.reasons.join()).toContain('40% of source rows are empty');
  });
});
