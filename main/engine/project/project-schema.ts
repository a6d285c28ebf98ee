import { z } from 'zod';

/** A local source the project reads from. */
export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'use lower case letters, digits, - and _'),
    type: z.enum(['csv']).describe('connector type; csv reads a folder of CSV files, one table per file'),
    path: z.string().min(1).describe('file or folder, relative to the project folder'),
    delimiter: z.string().length(1).optional().describe('field delimiter; default ,'),
    encoding: z.enum(['utf-8', 'latin1']).optional().describe('text encoding; default utf-8'),
  })
  .strict()
  .describe('a local source');

/** The target the pipeline loads into. */
export const targetSchema = z
  .object({
    type: z.enum(['sqlite']).describe('target connector; sqlite writes a SQLite file'),
    path: z.string().min(1).describe('target file, relative to the project folder'),
    catalog: z.string().min(1).describe('DDL file (SQLite CREATE TABLE) describing the target tables'),
  })
  .strict();

/** Pipeline options; the CLI's flags override them for one run. */
export const pipelineSchema = z
  .object({
    batchSize: z.number().int().min(1).max(100_000).default(1000).describe('rows per committed batch'),
    strategy: z.enum(['staged', 'big_bang', 'parallel']).default('staged').describe('how stages are scheduled'),
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
    pipeline: pipelineSchema.default({ batchSize: 1000, strategy: 'staged' }),
  })
  .strict()
  .describe('A Cutover Workbench migration project');

/** `project.yaml` as the engine sees it, defaults filled in. */
export type ProjectConfig = z.infer<typeof projectSchema>;

/** A source entry of `project.yaml`. */
export type SourceConfig = z.infer<typeof sourceSchema>;
