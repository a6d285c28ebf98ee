import { z } from 'zod';

const code = z.string().max(200);

/** One code translation. */
export const crosswalkRowSchema = z.object({ source: code, target: code, description: z.string().max(500) });

/** A crosswalk as the editor holds it. */
export const crosswalkSchema = z.object({
  name: z.string(),
  label: z.string(),
  rows: z.array(crosswalkRowSchema),
  problems: z.array(z.object({ line: z.number().int(), field: z.string(), message: z.string() })),
  sha256: z.string(),
});

/** A project crosswalk in the list, with the contract fields that use it. */
export const crosswalkSummarySchema = z.object({
  name: z.string(),
  file: z.string(),
  codes: z.number().int().nonnegative(),
  usedBy: z.array(z.object({ targetTable: z.string(), targetField: z.string() })),
});

/** A ranked guess at the target code of a code the crosswalk lacks. */
export const codeSuggestionSchema = z.object({ target: z.string(), description: z.string().nullable(), confidence: z.number(), reason: z.string() });

/** Every code the fields using a crosswalk hold in the data, with how often, what it maps to, and guesses for the unmapped. */
export const crosswalkScanSchema = z.object({
  name: z.string(),
  usedBy: z.array(z.object({ targetTable: z.string(), targetField: z.string(), sourceTable: z.string().nullable(), sourceField: z.string().nullable() })),
  codes: z.array(z.object({ code: z.string(), rows: z.number().int().nullable(), target: z.string().nullable(), suggestions: z.array(codeSuggestionSchema) })),
  rowsRead: z.number().int().nonnegative(),
  rejectedRows: z.number().int().nullable(),
  truncated: z.boolean(),
  unreadable: z.array(z.object({ sourceTable: z.string(), message: z.string() })),
  identifying: z.boolean(),
});

/** A built-in crosswalk a project can start from. */
export const libraryCrosswalkSchema = z.object({ id: z.string(), label: z.string(), standard: z.string(), description: z.string(), codes: z.number().int() });

/** One code translation. */
export type CrosswalkRowView = z.infer<typeof crosswalkRowSchema>;
/** A crosswalk as the editor holds it. */
export type CrosswalkView = z.infer<typeof crosswalkSchema>;
/** Every code found in the data for a crosswalk. */
export type CrosswalkScanView = z.infer<typeof crosswalkScanSchema>;
/** A built-in crosswalk. */
export type LibraryCrosswalk = z.infer<typeof libraryCrosswalkSchema>;
