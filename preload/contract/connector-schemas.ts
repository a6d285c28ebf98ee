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
  /** Targets only: whether the pipeline loads into it today (the others can be tested and discovered). */
  loadable: z.boolean().optional(),
});

/** A source as configured in project.yaml. */
export const configuredSourceSchema = z.object({
  id: z.string(),
  type: z.string(),
  path: z.string(),
  options: z.record(z.string(), z.unknown()),
});

/** A problem a connector found, with where it is (file and line, or message and segment). */
export const connectorProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().optional(),
  message: z.string().optional(),
  segment: z.string().optional(),
  text: z.string(),
});

/** What a connector's test found. */
export const testReportSchema = z.object({
  ok: z.boolean(),
  summary: z.string(),
  problems: z.array(connectorProblemSchema),
  detected: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** A discovered table. */
export const discoveredTableSchema = z.object({
  name: z.string(),
  kind: z.enum(['file', 'table', 'view', 'sheet', 'resource', 'segment', 'child']),
  columns: z.array(z.object({ name: z.string(), declaredType: z.string().optional() })),
  rowEstimate: z.number().int().nonnegative().nullable(),
  parent: z.object({ table: z.string(), key: z.string() }).optional(),
  /** Why this table cannot be read; one bad file is listed rather than hiding the rest. */
  problem: connectorProblemSchema.optional(),
});

/** Rows of a table for preview; identifying columns are masked unless revealed. */
export const previewSchema = z.object({
  table: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.object({ locator: locatorSchema, values: z.record(z.string(), cellValueSchema), problem: z.string().optional() })),
  /**
   * Columns that look identifying: their values are masked (shape kept, value gone) unless
   * `revealed`, and listed either way so the UI can mark them.
   */
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

/** A source or target as the Connectors page lists it. */
export type ConfiguredSource = z.infer<typeof configuredSourceSchema>;

/** A connector kind the app offers. */
export type ConnectorKind = z.infer<typeof connectorKindSchema>;

/** What a connector's test found. */
export type TestReport = z.infer<typeof testReportSchema>;

/** A discovered table. */
export type DiscoveredTableView = z.infer<typeof discoveredTableSchema>;

/** Rows of a table for preview. */
export type Preview = z.infer<typeof previewSchema>;

/** Names a configured source, or describes one not yet added. */
export type SourceRef = z.infer<typeof sourceRefSchema>;
