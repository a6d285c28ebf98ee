import type { RuleDefinition } from './rule-definition';
import { dateOrderRule, datePlausibleRule } from './rules/date-rules';
import { expressionRule } from './rules/expression-rule';
import { lengthRule, nhsNumberRule, regexRule, requiredRule, typeRule, valueSetRule } from './rules/field-rules';
import { completenessRule, referencesRule, uniqueRule } from './rules/table-rules';

/**
 * Every check `quality/rules.yaml` can name, in the order the docs list them. A new check
 * is declared with defineRowRule or defineTableRule and added here; the rules schema and
 * the tests of every rule's examples follow from this list.
 */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = [
  requiredRule,
  typeRule,
  lengthRule,
  valueSetRule,
  regexRule,
  nhsNumberRule,
  datePlausibleRule,
  dateOrderRule,
  expressionRule,
  uniqueRule,
  referencesRule,
  completenessRule,
] as unknown as readonly RuleDefinition[];

/** The definition of a check, if there is one. */
export function findRule(check: string): RuleDefinition | undefined {
  return RULE_DEFINITIONS.find((d) => d.check === check);
}
