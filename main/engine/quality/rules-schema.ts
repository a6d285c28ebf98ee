import { z } from 'zod';
import { ruleBaseShape, type DeclaredRule } from './rule-definition';
import { findRule, RULE_DEFINITIONS } from './rule-registry';

/** The checks a rule in `quality/rules.yaml` can name, in registry order. */
export const RULE_CHECKS = RULE_DEFINITIONS.map((d) => d.check);

/** One declared rule: which check, where, how severe, with the check's own options. */
const ruleVariants = RULE_DEFINITIONS.map((d) => z.object({ ...ruleBaseShape, check: z.literal(d.check), ...d.options.shape }).strict());

const BASE_KEYS = new Set(['id', 'check', 'table', 'severity', 'description']);

/**
 * `quality/rules.yaml`: rules beyond the catalog's own constraints. Each rule is checked
 * against its check's own options (a pattern that compiles, min or max given…), and rule
 * ids are unique, so every mistake is reported with its line.
 */
export const rulesSchema = z
  .object({
    rules: z
      .array(
        z.discriminatedUnion('check', ruleVariants as unknown as [z.ZodObject<z.ZodRawShape>, ...z.ZodObject<z.ZodRawShape>[]], {
          error: () => `unknown check; known checks: ${RULE_CHECKS.join(', ')}`,
        }),
      )
      .superRefine((rules, ctx) => {
        const ids = new Set<string>();
        rules.forEach((rule, index) => {
          const declared = rule as unknown as DeclaredRule;
          if (ids.has(declared.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `rule id ${declared.id} is used twice` });
          ids.add(declared.id);
          const definition = findRule(declared.check);
          if (!definition) return;
          const options = Object.fromEntries(Object.entries(declared).filter(([key]) => !BASE_KEYS.has(key)));
          const parsed = definition.options.safeParse(options);
          if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [index, ...issue.path], message: issue.message });
        });
      }),
  })
  .strict();

/** `quality/rules.yaml` as parsed. */
export type RulesConfig = { rules: DeclaredRule[] };
