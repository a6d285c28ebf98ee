import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { TargetValue } from '../../../../../main/engine/pipeline/coerce';
import { RULE_DEFINITIONS } from '../../../../../main/engine/quality/rule-registry';

/** A fixed day, so date rules judge the examples the same whenever the tests run. */
const TODAY = '2025-06-30';

const reader = (row: Record<string, TargetValue>) => (field: string) => row[field] ?? null;

describe('every rule passes its own valid examples and fails its invalid ones', () => {
  for (const definition of RULE_DEFINITIONS) {
    if (definition.kind !== 'row') continue;
    it(`${definition.check}`, () => {
      expect(definition.examples.length, `${definition.check} has examples`).toBeGreaterThan(0);
      for (const example of definition.examples) {
        const options = definition.options.parse(example.options);
        const test = definition.compile(options, TODAY);
        for (const row of example.valid) expect(test(reader(row)), `${definition.check} passes ${JSON.stringify(row)}`).toBeNull();
        for (const row of example.invalid) expect(test(reader(row)), `${definition.check} fails ${JSON.stringify(row)}`).toEqual(expect.any(String));
      }
    });
  }
});

describe('every table rule finds what its examples say, over a real SQLite table', () => {
  for (const definition of RULE_DEFINITIONS) {
    if (definition.kind !== 'table') continue;
    it(`${definition.check}`, () => {
      expect(definition.examples.length, `${definition.check} has examples`).toBeGreaterThan(0);
      for (const example of definition.examples) {
        const db = new Database(':memory:');
        const columns = [...new Set(example.rows.flatMap((r) => Object.keys(r)))];
        db.exec(`CREATE TABLE t (${columns.map((c) => `"${c}"`).join(', ')})`);
        const insert = db.prepare(`INSERT INTO t VALUES (${columns.map(() => '?').join(', ')})`);
        for (const row of example.rows) insert.run(...columns.map((c) => row[c] ?? null));
        const finding = definition.evaluate(definition.options.parse(example.options), db, 't');
        expect(finding.message !== null, `${definition.check} on ${JSON.stringify(example.rows)}`).toBe(example.fails);
        expect(finding.checked).toBeGreaterThan(0);
        db.close();
      }
    });
  }
});

describe('rule messages never quote the value they judged', () => {
  it('for every invalid example', () => {
    for (const definition of RULE_DEFINITIONS) {
      if (definition.kind !== 'row') continue;
      for (const example of definition.examples) {
        const test = definition.compile(definition.options.parse(example.options), TODAY);
        for (const row of example.invalid) {
          const message = test(reader(row))!;
          for (const value of Object.values(row)) if (value !== null && String(value).length > 2) expect(message).not.toContain(String(value));
        }
      }
    }
  });
});
