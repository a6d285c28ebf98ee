import { z } from 'zod';

/** A target catalog as the UI sees it. */
export const catalogSchema = z.object({
  /** Where the catalog came from: a DDL file, a field-level CSV or a built-in template. */
  origin: z.string(),
  tables: z.array(
    z.object({
      name: z.string(),
      columns: z.array(z.object({ name: z.string(), type: z.string(), notNull: z.boolean(), length: z.number().int().nullable() })),
      primaryKey: z.array(z.string()),
      foreignKeys: z.array(z.object({ columns: z.array(z.string()), refTable: z.string(), refColumns: z.array(z.string()) })),
    }),
  ),
  /** Tables in load order: parents before children, from the foreign-key graph. */
  loadOrder: z.array(z.string()),
});

/** A target catalog as the UI sees it. */
export type CatalogView = z.infer<typeof catalogSchema>;

/** A built-in catalog template. */
export const catalogTemplateSchema = z.object({ id: z.string(), label: z.string(), tables: z.number().int() });
