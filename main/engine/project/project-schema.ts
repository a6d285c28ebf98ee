import { z } from 'zod';
import { sourceConnectors } from '../connectors/registry';

const sourceIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'use lower case letters, digits, - and _')
  .describe('short id; a contract may name a table as id.table');

type SourceEntrySchema = z.ZodObject<{ id: z.ZodString; type: z.ZodString; path: z.ZodString }, z.core.$catchall<z.ZodUnknown>>;

/**
 * A local source the project reads from: one entry per registered source connector,
 * told apart by `type`, each its connector's own options plus `id`. Registering a
 * connector is thus all it takes for project.yaml to accept it.
 */
export const sourceSchema = z.discriminatedUnion(
  'type',
  sourceConnectors.map((connector) =>
    connector.configSchema
      .extend({ id: sourceIdSchema, type: z.literal(connector.id).describe(`connector type: ${connector.label}`) })
      .strict()
      .describe(`a ${connector.label} source`),
    // Each member is its connector's own object; the cast states what they all share.
  ) as unknown as [SourceEntrySchema, ...SourceEntrySchema[]],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown source type; known types: ${sourceConnectors.map((c) => c.id).join(', ')}`
        : undefined,
  },
);

/** The target the pipeline loads into. */
export const targetSchema = z
  .object({
    type: z.enum(['sqlite']).describe('target connector; sqlite writes a SQLite file'),
    path: z.string().min(1).describe('target file, relative to the project folder'),
    catalog: z
      .union([
        z
          .string()
          .regex(/^builtin:|\.(?:sql|csv)$/i, 'expected a .sql DDL file, a .csv field-level file or builtin:<template>')
          .describe('a DDL file (.sql), a field-level CSV (.csv) or a built-in template (builtin:omop-cdm-5.4, builtin:pas-load)'),
        z
          .array(z.string().regex(/\.sql$/i, 'expected a .sql DDL file'))
          .min(1)
          .describe('DDL files read as one catalog, e.g. tables, primary keys and foreign keys in separate files'),
      ])
      .describe('the target tables: DDL file(s), a field-level CSV or a built-in template; paths relative to the project folder'),
    dialect: z.enum(['sqlite', 'postgresql']).optional().describe('dialect of the DDL files; detected when left out'),
  })
  .strict();

/** Pipeline options; the CLI's flags override them for one run. */
export const pipelineSchema = z
  .object({
    batchSize: z.number().int().min(1).max(100_000).default(1000).describe('rows per committed batch'),
    strategy: z
      .enum(['staged', 'big_bang', 'parallel'])
      .default('staged')
      .describe('how tables are scheduled: staged, one at a time in load order; parallel, independent tables side by side; big_bang, all or nothing (rolled back unless it succeeds)'),
    concurrency: z.number().int().min(1).max(16).default(2).describe('parallel: tables loaded at once'),
    keepBackups: z
      .number()
      .int()
      .min(0)
      .max(100)
      .default(5)
      .describe('copies of the target kept from before the latest runs, for rollback; 0 takes none'),
  })
  .strict();

/**
 * What may be seen of the data. Masking in logs is not an option: nothing identifiable is
 * ever written to one, whatever this says.
 */
export const privacySchema = z
  .object({
    maskPreviews: z
      .boolean()
      .default(true)
      .describe('identifiable values start masked in previews, profiles and duplicate pairs until revealed per view; false starts the reveal switches on'),
    minCellCount: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(5)
      .describe('counts below this are suppressed in profiles (shown, stored and exported) and in the codes a crosswalk scan counts'),
  })
  .strict();

/** The whole of `project.yaml`. */
export const projectSchema = z
  .object({
    name: z.string().min(1).describe('the name shown in the app'),
    version: z.literal(1).describe('project format version; 1'),
    description: z.string().optional(),
    sources: z.array(sourceSchema).min(1).describe('where the data comes from'),
    target: targetSchema,
    pipeline: pipelineSchema.default({ batchSize: 1000, strategy: 'staged', concurrency: 2, keepBackups: 5 }),
    privacy: privacySchema.default({ maskPreviews: true, minCellCount: 5 }).describe('masking of identifiable values and suppression of small counts'),
  })
  .strict()
  .describe('A Cutover Workbench migration project');

/** `project.yaml` as the engine sees it, defaults filled in. */
export type ProjectConfig = z.infer<typeof projectSchema>;

/** A source entry of `project.yaml`: `id`, `type` and the connector's own options. */
export type SourceConfig = z.infer<typeof sourceSchema>;
