import { compileExpression } from 'filtrex';
import { expressionFunctions, type ExprValue } from './expression-functions';

/** A compiled expression: a row in, a value (or an Error as a value) out. */
export type CompiledExpression = (row: Readonly<Record<string, ExprValue>>) => ExprValue | Error;

/**
 * Compiles a contract expression in the sandboxed filtrex language: field names,
 * literals, operators and {@link expressionFunctions}; nothing else is reachable.
 * Throws a plain Error with filtrex's message when the expression is malformed.
 */
export function compileContractExpression(source: string): CompiledExpression {
  const fn = compileExpression(source, {
    extraFunctions: expressionFunctions,
    // A field that is absent from a row reads as empty rather than failing the row.
    customProp: (name: string, _get: unknown, row: Record<string, unknown> | undefined) =>
      row && Object.prototype.hasOwnProperty.call(row, name) ? row[name] : null,
  });
  return (row) => {
    try {
      return fn(row) as ExprValue | Error;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };
}

/** The field names an expression reads (single-quoted or bare identifiers). */
export function expressionFields(source: string): string[] {
  const withoutStrings = source.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const names = new Set<string>();
  for (const match of withoutStrings.matchAll(/'([^']+)'|\b([A-Za-z_][A-Za-z0-9_.]*)\b(?!\s*\()/g)) {
    const name = match[1] ?? match[2]!;
    if (!KEYWORDS.has(name.toLowerCase())) names.add(name);
  }
  return [...names];
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'if', 'then', 'else', 'of', 'mod', 'true', 'false', 'null', 'undefined']);
