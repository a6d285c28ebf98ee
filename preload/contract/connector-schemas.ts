import { z } from 'zod';
import { locatorSchema } from './schemas';

/** A cell as it crosses the contract. */
export const cellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A connector kind the app offers. */
export const connectorKindSchema = z.object({
  id: z.string(),
  label: z.string(),
  role: z.enum(['source', 'target']),
  extensions: z.array(z.string()),
  acceptsFolder: z.boolean(),
});

/** A source as configured in project.yaml. */
export const configuredSourceSchema = z.object({
  id: z.string(),
  type: z.string(),
  path: z.string(),
  options: z.record(z.string(), z.unknown()),
});

/** What a connector's test found. */
export const testReportSchema = z.object({
  ok: z.boolean(),
  summary: z.string(),
  problems: z.array(
    z.object({
      file: z.string(),
      line: z.number().int().optional(),
      message: z.string().optional(),
      segment: z.string().optional(),
      text: z.string(),
    }),
  ),
  detected: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** A discovered table. */
export const discoveredTableSchema = z.object({
  name: z.string(),
  kind: z.enum(['file', 'table', 'view', 'sheet', 'resource', 'segment', 'child']),
  columns: z.array(z.object({ name: z.string(), declaredType: z.string().optional() })),
  rowEstimate: z.number().int().nonnegative().nullable(),
  parent: z.object({ table: z.string(), key: z.string() }).optional(),
});

/** Rows of a table for preview; identifying columns are masked unless revealed. */
export const previewSchema = z.object({
  table: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ locator: locatorSchema, values: z.record(z.string(), cellValueSchema), problem: z.string().optional() })),
  /** Columns whose values were masked because they look identifying. */
  masked: z.array(z.string()),
  revealed: z.boolean(),
});

/** Names a configured source, or describes one not yet added (to test it before adding). */
export const sourceRefSchema = z.union([
  z.object({ sourceId: z.string().min(1).max(64) }).strict(),
  z
    .object({
      type: z.string().min(1).max(32),
      path: z.string().min(1).max(4096),
      options: z.record(z.string(), z.unknown()).optional(),
    })
    .strict(),
]);
