import type { CatalogView } from '../../../preload/contract';
import type { Project } from '../project/inspect-project';
import type { Catalog } from './catalog';
import { catalogOrigin } from './load-catalog';
import { planLoadOrder } from './load-order';

/**
 * The catalog as the UI sees it (`catalog:get`): where it came from, its tables without
 * their generated SQL, and the load order from the foreign-key graph.
 */
export function catalogView(catalog: Catalog, origin: string): CatalogView {
  return {
    origin,
    tables: catalog.tables.map((table) => ({
      name: table.name,
      columns: table.columns.map((c) => ({ name: c.name, type: c.type, notNull: c.notNull, length: c.length })),
      primaryKey: [...table.primaryKey],
      foreignKeys: table.foreignKeys.map((fk) => ({ columns: [...fk.columns], refTable: fk.refTable, refColumns: [...fk.refColumns] })),
    })),
    loadOrder: planLoadOrder(catalog.tables).order.map((t) => t.name),
  };
}

/** The view of an open project's target catalog, its origin as `target.catalog` names it. */
export function projectCatalogView(project: Pick<Project, 'config' | 'catalog'>): CatalogView {
  return catalogView(project.catalog, catalogOrigin(project.config.target.catalog));
}
