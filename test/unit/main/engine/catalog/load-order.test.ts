import { describe, expect, it } from 'vitest';
import type { CatalogTable } from '../../../../../main/engine/catalog/catalog';
import { loadOrder, planLoadOrder } from '../../../../../main/engine/catalog/load-order';
import { readDdl } from '../../../../../main/engine/catalog/read-ddl';
import { LOAD_SCHEMA, omopFiles } from './omop-fixture';

/** A table with single-column foreign keys `child_col → parent`. */
function table(name: string, ...parents: string[]): CatalogTable {
  return {
    name,
    columns: [],
    primaryKey: [],
    foreignKeys: parents.map((p) => ({ columns: [`${p}_id`], refTable: p, refColumns: ['id'] })),
    createSql: '',
  };
}

const names = (tables: readonly CatalogTable[]) => tables.map((t) => t.name);

describe('planLoadOrder', () => {
  it('loads the demo LOAD schema parents first: patient → admission → diagnosis', () => {
    const { catalog } = readDdl([{ path: LOAD_SCHEMA, label: 'load-schema.sql' }]);
    const plan = planLoadOrder(catalog.tables);
    expect(names(plan.order)).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS']);
    expect(plan).toMatchObject({ deferred: [], cycles: [] });
    expect(names(loadOrder([...catalog.tables].reverse()))).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_DIAGNOSIS', 'LOAD_OUTPATIENT']);
  });

  it('keeps the declaration order where nothing constrains it, and ignores self references', () => {
    const order = loadOrder([table('b', 'a'), table('c', 'c'), table('a'), table('d', 'unknown')]);
    expect(names(order)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('breaks OMOP\'s vocabulary cycle and defers the foreign keys that close it', () => {
    const { catalog } = readDdl(
      omopFiles('OMOPCDM_sqlite_5.4_ddl.sql', 'OMOPCDM_sqlite_5.4_primary_keys.sql', 'OMOPCDM_sqlite_5.4_constraints.sql'),
    );
    const plan = planLoadOrder(catalog.tables);
    expect(plan.order).toHaveLength(39);
    expect(plan.cycles).toEqual([['domain', 'vocabulary', 'concept_class', 'concept']]);
    expect(plan.deferred.map((d) => `${d.table}.${d.foreignKey.columns.join()} → ${d.foreignKey.refTable}`)).toEqual([
      'domain.domain_concept_id → concept',
      'vocabulary.vocabulary_concept_id → concept',
      'concept_class.concept_class_concept_id → concept',
    ]);
    const position = new Map(plan.order.map((t, i) => [t.name, i]));
    const deferred = new Set(plan.deferred.map((d) => d.foreignKey));
    for (const child of catalog.tables) {
      for (const fk of child.foreignKeys) {
        if (fk.refTable === child.name || deferred.has(fk)) continue;
        expect(position.get(fk.refTable)!, `${child.name} → ${fk.refTable}`).toBeLessThan(position.get(child.name)!);
      }
    }
    expect(names(plan.order).slice(0, 8)).toEqual(['domain', 'vocabulary', 'concept_class', 'concept', 'location', 'care_site', 'provider', 'person']);
  });

  it('is deterministic: the same catalog always gives the same plan', () => {
    const tables = [table('x', 'z'), table('y', 'x'), table('z', 'y', 'w'), table('w', 'x')];
    const first = planLoadOrder(tables);
    for (let i = 0; i < 5; i++) expect(planLoadOrder(tables.map((t) => ({ ...t })))).toMatchObject({ cycles: first.cycles });
    expect(first.cycles).toEqual([['y', 'w', 'z', 'x']]);
    expect(names(first.order)).toEqual(['y', 'w', 'z', 'x']);
    expect(first.deferred.map((d) => `${d.table} → ${d.foreignKey.refTable}`)).toEqual(['y → x', 'w → x']);
  });

  it('orders a cycle from its first declared table, whatever leads into it', () => {
    const plan = planLoadOrder([table('visit', 'b'), table('a', 'b'), table('b', 'a')]);
    expect(names(plan.order)).toEqual(['b', 'a', 'visit']);
    expect(plan.cycles).toEqual([['b', 'a']]);
    expect(plan.deferred.map((d) => `${d.table} → ${d.foreignKey.refTable}`)).toEqual(['b → a']);
  });

  it('handles several cycles, each once', () => {
    const plan = planLoadOrder([table('a', 'b'), table('b', 'a'), table('c', 'd', 'a'), table('d', 'c')]);
    expect(plan.cycles).toEqual([['b', 'a'], ['d', 'c']]);
    expect(names(plan.order)).toEqual(['b', 'a', 'd', 'c']);
  });
});
