import { UserError } from '../errors';
import type { CatalogTable } from './catalog';

/**
 * Orders tables so every table comes after the tables its foreign keys point at
 * (parents before children). Self references are allowed; other cycles are refused.
 */
export function loadOrder(tables: readonly CatalogTable[]): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const ordered: CatalogTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: CatalogTable, path: string[]): void => {
    const key = table.name.toLowerCase();
    if (state.get(key) === 'done') return;
    if (state.get(key) === 'visiting') {
      throw new UserError(`foreign keys form a cycle: ${[...path, table.name].join(' → ')}`);
    }
    state.set(key, 'visiting');
    for (const fk of table.foreignKeys) {
      const parent = byName.get(fk.refTable.toLowerCase());
      if (parent && parent !== table) visit(parent, [...path, table.name]);
    }
    state.set(key, 'done');
    ordered.push(table);
  };
  for (const table of tables) visit(table, []);
  return ordered;
}
