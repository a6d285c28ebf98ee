import { z } from 'zod';

/** The checks a rule in `quality/rules.yaml` can name. */
export const RULE_CHECKS = [
  'required',
  'type',
  'length',
  'value_set',
  'regex',
  'nhs_number',
  'date_plausible',
  'date_order',
  'unique',
  'references',
  'completeness',
] as const;

/** One declared rule: which check, where, how severe, with its own settings. */
export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_.-]*$/, 'rule ids are lower case'),
    check: z.enum(RULE_CHECKS),
    table: z.string().min(1),
    field: z.string().min(1).optional(),
    fields: z.array(z.string().min(1)).optional(),
    severity: z.enum(['error', 'warning']).default('error'),
    description: z.string().optional(),
  })
  .catchall(z.unknown());

/** `quality/rules.yaml`: rules beyond the catalog's own constraints. */
export const rulesSchema = z.object({ rules: z.array(ruleSchema) }).strict();
