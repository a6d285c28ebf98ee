import type { CatalogForeignKey, CatalogTable } from './catalog';

/** A foreign key whose parent loads after its table, because the two are on a cycle. */
export interface DeferredForeignKey {
  table: string;
  foreignKey: CatalogForeignKey;
}

/** The order to load tables in, and what that order cannot satisfy. */
export interface LoadPlan {
  /** Parents before children; the tables of a cycle together, in a stable order. */
  order: CatalogTable[];
  /** The foreign keys of cycles whose parent comes later: check them once the cycle is loaded. */
  deferred: DeferredForeignKey[];
  /** Each foreign-key cycle (its tables, in load order); a table referencing itself is not one. */
  cycles: string[][];
}

/**
 * Orders tables so every table comes after the tables its foreign keys point at. Real
 * catalogs have cycles (OMOP: concept → vocabulary → concept), which no order satisfies;
 * each cycle (a strongly connected component) is loaded as one block and the foreign
 * keys inside it that point forward are deferred.
 *
 * Deterministic from the declaration order alone: blocks come out of Tarjan's algorithm
 * run in declaration order (for an acyclic catalog, a depth-first parents-first order),
 * and inside a block a depth-first walk from its first declared table puts each table
 * after the parents it can reach without closing the cycle.
 */
export function planLoadOrder(tables: readonly CatalogTable[]): LoadPlan {
  const byName = new Map(tables.map((t) => [t.name.toLowerCase(), t]));
  const parentsOf = (table: CatalogTable): CatalogTable[] => {
    const parents = table.foreignKeys.map((fk) => byName.get(fk.refTable.toLowerCase()));
    return [...new Set(parents)].filter((p): p is CatalogTable => p !== undefined && p !== table);
  };
  const order: CatalogTable[] = [];
  const cycles: string[][] = [];
  for (const block of stronglyConnected(tables, parentsOf)) {
    if (block.length === 1) {
      order.push(block[0]!);
      continue;
    }
    const inside = orderInsideCycle(block, tables, parentsOf);
    order.push(...inside);
    cycles.push(inside.map((t) => t.name));
  }
  const position = new Map(order.map((t, i) => [t, i]));
  const deferred: DeferredForeignKey[] = [];
  for (const table of order) {
    for (const foreignKey of table.foreignKeys) {
      const parent = byName.get(foreignKey.refTable.toLowerCase());
      if (parent && parent !== table && position.get(parent)! > position.get(table)!) deferred.push({ table: table.name, foreignKey });
    }
  }
  return { order, deferred, cycles };
}

/** Tables in load order (see {@link planLoadOrder}); foreign keys of cycles are not satisfied by it. */
export function loadOrder(tables: readonly CatalogTable[]): CatalogTable[] {
  return planLoadOrder(tables).order;
}

/** Tarjan's strongly connected components; each is emitted after every component it points at. */
function stronglyConnected(tables: readonly CatalogTable[], parentsOf: (t: CatalogTable) => CatalogTable[]): CatalogTable[][] {
  const index = new Map<CatalogTable, number>();
  const low = new Map<CatalogTable, number>();
  const stack: CatalogTable[] = [];
  const onStack = new Set<CatalogTable>();
  const blocks: CatalogTable[][] = [];
  const visit = (table: CatalogTable): void => {
    index.set(table, index.size);
    low.set(table, index.get(table)!);
    stack.push(table);
    onStack.add(table);
    for (const parent of parentsOf(table)) {
      if (!index.has(parent)) {
        visit(parent);
        low.set(table, Math.min(low.get(table)!, low.get(parent)!));
      } else if (onStack.has(parent)) {
        low.set(table, Math.min(low.get(table)!, index.get(parent)!));
      }
    }
    if (low.get(table) !== index.get(table)) return;
    const block: CatalogTable[] = [];
    let member: CatalogTable;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      block.push(member);
    } while (member !== table);
    blocks.push(block);
  };
  for (const table of tables) if (!index.has(table)) visit(table);
  return blocks;
}

/** Orders a cycle's tables: parents first as far as the cycle allows, from the first declared. */
function orderInsideCycle(block: CatalogTable[], tables: readonly CatalogTable[], parentsOf: (t: CatalogTable) => CatalogTable[]): CatalogTable[] {
  const members = new Set(block);
  const declared = tables.filter((t) => members.has(t));
  const seen = new Set<CatalogTable>();
  const ordered: CatalogTable[] = [];
  const visit = (table: CatalogTable): void => {
    seen.add(table);
    for (const parent of parentsOf(table)) if (members.has(parent) && !seen.has(parent)) visit(parent);
    ordered.push(table);
  };
  for (const table of declared) if (!seen.has(table)) visit(table);
  return ordered;
}
