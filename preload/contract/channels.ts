import { z } from 'zod';
import {
  projectProblemSchema,
  projectSummarySchema,
  runDetailSchema,
  runSummarySchema,
} from './schemas';

/** Declares one channel: the schema of what it takes and of what it answers. */
function channel<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

const none = z.object({}).strict();
const runId = z.object({ runId: z.string().min(1).max(64) }).strict();
const projectPath = z.string().min(1).max(4096);

/** Every request channel, declared once; main, preload and renderer all import this. */
export const channels = {
  'app:info': channel(
    none,
    z.object({
      version: z.string(),
      mode: z.enum(['desktop', 'browser', 'test']),
      canPickFolders: z.boolean(),
    }),
  ),
  'projects:current': channel(none, projectSummarySchema.nullable()),
  'projects:open': channel(z.object({ path: projectPath }).strict(), projectSummarySchema),
  'projects:pick': channel(none, projectSummarySchema.nullable()),
  'projects:create-demo': channel(
    z
      .object({
        path: projectPath,
        patients: z.number().int().min(1).max(1_000_000).optional(),
        seed: z.number().int().min(0).max(2 ** 31 - 1).optional(),
      })
      .strict(),
    projectSummarySchema,
  ),
  'projects:validate': channel(none, z.object({ problems: z.array(projectProblemSchema) })),
  'runs:start': channel(
    z
      .object({
        dryRun: z.boolean().optional(),
        batchSize: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
    z.object({ runId: z.string() }),
  ),
  'runs:cancel': channel(runId, z.object({ cancelled: z.boolean() })),
  'runs:list': channel(none, z.array(runSummarySchema)),
  'runs:get': channel(runId, runDetailSchema),
} as const;

/** The name of a request channel. */
export type ChannelName = keyof typeof channels;

/** What channel `C` takes. */
export type ChannelInput<C extends ChannelName> = z.input<(typeof channels)[C]['input']>;

/** What channel `C` answers. */
export type ChannelOutput<C extends ChannelName> = z.infer<(typeof channels)[C]['output']>;

/** Tells whether a string names a declared channel. */
export function isChannelName(name: string): name is ChannelName {
  return Object.prototype.hasOwnProperty.call(channels, name);
}
