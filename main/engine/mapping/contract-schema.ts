import { z } from 'zod';
import { APPROVAL_STATUSES, MAPPING_CLASSES } from '../../../preload/contract/mapping-schemas';

export { MAPPING_CLASSES, type MappingClass } from '../../../preload/contract/mapping-schemas';

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
  'status',
  'approved_by',
] as const;

/** Columns a contract may leave out: older contracts have no review columns. */
export const OPTIONAL_CONTRACT_COLUMNS: readonly string[] = ['notes', 'status', 'approved_by'];

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
    status: z
      .string()
      .default('')
      .transform((s) => s.trim().toLowerCase() || 'draft')
      .pipe(z.enum(APPROVAL_STATUSES, { error: `status must be one of ${APPROVAL_STATUSES.join(', ')}` })),
    approved_by: blankToNull.default(''),
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
    if (row.status === 'approved' && !row.approved_by) {
      ctx.addIssue({ code: 'custom', path: ['approved_by'], message: 'an approved mapping needs the name of who approved it' });
    }
  });

/** One mapping row, parsed. */
export type ContractRow = z.infer<typeof contractRowSchema>;

/** A contract row with the line it came from. */
export interface FieldMapping extends ContractRow {
  line: number;
}
