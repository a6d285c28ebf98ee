import { z } from 'zod';

/** How the pipeline schedules its stages, as `pipeline.strategy` names them. */
export const PIPELINE_STRATEGIES = ['staged', 'big_bang', 'parallel'] as const;

/** One of {@link PIPELINE_STRATEGIES}. */
export type PipelineStrategy = (typeof PIPELINE_STRATEGIES)[number];

/**
 * The range of every numeric setting, for the Settings page to check a field as it is
 * typed. project.yaml's schema has the final word; a unit test keeps the two in step.
 */
export const SETTING_LIMITS = {
  'pipeline.batchSize': { min: 1, max: 100_000 },
  'pipeline.concurrency': { min: 1, max: 16 },
  'pipeline.keepBackups': { min: 0, max: 100 },
  'privacy.minCellCount': { min: 1, max: 100 },
} as const;

/** The project options the Settings page edits, as they take effect (defaults filled in). */
export const projectSettingsSchema = z.object({
  pipeline: z.object({
    batchSize: z.number().int(),
    strategy: z.enum(PIPELINE_STRATEGIES),
    concurrency: z.number().int(),
    keepBackups: z.number().int(),
  }),
  privacy: z.object({
    maskPreviews: z.boolean(),
    minCellCount: z.number().int(),
  }),
});

/** The project options the Settings page edits. */
export type ProjectSettings = z.infer<typeof projectSettingsSchema>;

/** The dotted name of one setting (`pipeline.batchSize`). */
export const settingKeySchema = z.enum(['pipeline.batchSize', 'pipeline.strategy', 'pipeline.concurrency', 'pipeline.keepBackups', 'privacy.maskPreviews', 'privacy.minCellCount']);

/** The dotted name of one setting. */
export type SettingKey = z.infer<typeof settingKeySchema>;

/** A new value for a setting, or null to take it out of project.yaml so its default applies. */
const newValue = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/**
 * Some settings to change; the others stay as they are. Only the types are checked here:
 * the ranges are project.yaml's, checked by the engine, which names the field it refuses.
 */
export const settingsChangeSchema = z
  .object({
    pipeline: z
      .object({
        batchSize: newValue(z.number().int()),
        strategy: newValue(z.enum(PIPELINE_STRATEGIES)),
        concurrency: newValue(z.number().int()),
        keepBackups: newValue(z.number().int()),
      })
      .strict()
      .optional(),
    privacy: z.object({ maskPreviews: newValue(z.boolean()), minCellCount: newValue(z.number().int()) }).strict().optional(),
  })
  .strict();

/** Some settings to change. */
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

/** The open project's settings, where each comes from, and where the project keeps its files. */
export const settingsViewSchema = z.object({
  settings: projectSettingsSchema,
  /** What each setting is when project.yaml leaves it out. */
  defaults: projectSettingsSchema,
  /** The settings project.yaml sets; every other one is its default. */
  setInFile: z.array(settingKeySchema),
  projectPath: z.string(),
  runStorePath: z.string(),
});

/** The open project's settings and where each comes from. */
export type SettingsView = z.infer<typeof settingsViewSchema>;
