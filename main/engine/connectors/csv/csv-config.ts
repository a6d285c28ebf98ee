import { z } from 'zod';
import { encodingSchema } from '../text/encoding-option';

/** Options of a CSV/TSV source in project.yaml. */
export const csvConfigSchema = z
  .object({
    path: z.string().min(1).describe('a CSV/TSV file or a folder of them (.csv, .tsv, .txt), relative to the project folder'),
    delimiter: z
      .string()
      .length(1)
      .optional()
      .describe('field delimiter; default detected among , ; tab |'),
    quote: z.string().length(1).optional().describe('quote character; default "'),
    header: z.boolean().optional().describe('whether the first row names the columns; default detected (true unless it looks like data)'),
    encoding: encodingSchema,
  })
  .strict();

/** A CSV source's options. */
export type CsvConfig = z.infer<typeof csvConfigSchema>;
