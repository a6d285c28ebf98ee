import { z } from 'zod';
import { encodingSchema } from '../text/encoding-option';

/** Options of a JSON / NDJSON source in project.yaml. */
export const jsonConfigSchema = z
  .object({
    path: z.string().min(1).describe('a .json, .ndjson or .jsonl file or a folder of them, relative to the project folder'),
    format: z
      .enum(['auto', 'json', 'ndjson'])
      .optional()
      .describe('json (one document) or ndjson (one object per line); default auto: by file ending, then by content'),
    encoding: encodingSchema,
  })
  .strict();

/** A JSON source's options. */
export type JsonConfig = z.infer<typeof jsonConfigSchema>;
