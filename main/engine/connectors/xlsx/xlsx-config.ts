import { z } from 'zod';

/** Options of an Excel source in project.yaml. */
export const xlsxConfigSchema = z
  .object({
    path: z.string().min(1).describe('an Excel workbook (.xlsx), relative to the project folder; one table per sheet'),
    header: z.boolean().optional().describe('whether each sheet\'s first row names the columns; default true (otherwise columns are named A, B, C…)'),
  })
  .strict();

/** An Excel source's options. */
export type XlsxConfig = z.infer<typeof xlsxConfigSchema>;
