import { z } from 'zod';
import { compileContractExpression, expressionFields } from '../../mapping/expressions';
import { defineRowRule } from '../rule-definition';

/**
 * `expression`: a cross-field condition in the contract's sandboxed expression language,
 * over the row's target fields, that must hold (`blank(death_date) or
 * days_between(birth_date, death_date) >= 0`). A row it cannot be evaluated on fails, with the expression's own error.
 */
export const expressionRule = defineRowRule({
  check: 'expression',
  options: z
    .object({ expression: z.string().min(1), message: z.string().optional() })
    .strict()
    .refine(
      (o) => {
        try {
          compileContractExpression(o.expression);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'expression does not compile', path: ['expression'] },
    ),
  fields: (o) => expressionFields(o.expression),
  compile: (o) => {
    const evaluate = compileContractExpression(o.expression);
    const fields = expressionFields(o.expression);
    return (row) => {
      const values = Object.fromEntries(fields.map((f) => [f, row(f)]));
      const result = evaluate(values);
      if (result instanceof Error) return `the condition could not be evaluated: ${result.message.split('\n')[0]}`;
      return result ? null : (o.message ?? `the condition ${o.expression} does not hold`);
    };
  },
  examples: [
    {
      options: { expression: 'blank(death_date) or days_between(birth_date, death_date) >= 0', message: 'died before being born' },
      valid: [{ birth_date: '1960-01-01', death_date: null }, { birth_date: '1960-01-01', death_date: '2020-05-01' }],
      invalid: [{ birth_date: '1960-01-01', death_date: '1950-05-01' }],
    },
  ],
});
