import { z } from 'zod';

/** How a target field gets its value. */
export const MAPPING_CLASSES = [
  'DIRECT_SOURCE',
  'LOOKUP_TRANSLATION',
  'DERIVED',
  'SURROGATE_ETL',
  'REFERENCE_MASTER_FEED',
  'OUT_OF_SCOPE',
  'UNRESOLVED',
] as const;

/** One of {@link MAPPING_CLASSES}. */
export type MappingClass = (typeof MAPPING_CLASSES)[number];

/** The columns of `mapping/contract.csv`, in order. */
export const CONTRACT_COLUMNS = [
  'target_table',
  'target_field',
  'class',
  'source_table',
  'source_field',
  'expression',
  'crosswalk',
  'default',
  'required',
  'notes',
] as const;

const blankToNull = z
  .string()
  .transform((s) => (s.trim() === '' ? null : s.trim()));

/** One row of `mapping/contract.csv`: how one target field is filled. */
export const contractRowSchema = z
  .object({
    target_table: z.string().trim().min(1, 'target_table is empty'),
    target_field: z.string().trim().min(1, 'target_field is empty'),
    class: z.enum(MAPPING_CLASSES, { error: `class must be one of ${MAPPING_CLASSES.join(', ')}` }),
    source_table: blankToNull,
    source_field: blankToNull,
    expression: blankToNull,
    crosswalk: blankToNull,
    default: blankToNull,
    required: z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .pipe(z.enum(['Y', 'N', 'YES', 'NO', 'TRUE', 'FALSE', '1', '0', ''], { error: 'required must be Y or N' }))
      .transform((s) => ['Y', 'YES', 'TRUE', '1'].includes(s)),
    notes: z.string().default(''),
  })
  .superRefine((row, ctx) => {
    const need = (field: 'source_field' | 'expression' | 'crosswalk', why: string) => {
      if (!row[field]) ctx.addIssue({ code: 'custom', path: [field], message: `${field} is required for ${why}` });
    };
    if (row.class === 'DIRECT_SOURCE') need('source_field', 'DIRECT_SOURCE');
    if (row.class === 'LOOKUP_TRANSLATION') {
      need('source_field', 'LOOKUP_TRANSLATION');
      need('crosswalk', 'LOOKUP_TRANSLATION');
    }
    if (row.class === 'DERIVED') need('expression', 'DERIVED');
  });

/** One mapping row, parsed. */
export type ContractRow = z.infer<typeof contractRowSchema>;

/** A contract row with the line it came from. */
export interface FieldMapping extends ContractRow {
  line: number;
}
