import type { ProjectProblem } from '../../../preload/contract';
import type { Token } from './sql-lexer';

/** One statement's tokens, without its closing semicolon. */
export interface Statement {
  tokens: Token[];
  line: number;
}

/**
 * Splits tokens into statements at semicolons. Parentheses are checked here, once for
 * every statement kind: an unbalanced one is reported at the line that opened (or
 * stray-closed) it and its statement is dropped, so one typo costs one statement and
 * the rest of the file is still read.
 */
export function splitStatements(tokens: readonly Token[], file: string): { statements: Statement[]; problems: ProjectProblem[] } {
  const statements: Statement[] = [];
  const problems: ProjectProblem[] = [];
  let current: Token[] = [];
  let open: Token[] = [];
  let broken = false;
  const finish = () => {
    if (open.length > 0 && !broken) {
      const unclosed = open[open.length - 1]!;
      problems.push({ file, line: unclosed.line, message: `unbalanced parenthesis: the ( on line ${unclosed.line} is never closed` });
      broken = true;
    }
    if (current.length > 0 && !broken) statements.push({ tokens: current, line: current[0]!.line });
    current = [];
    open = [];
    broken = false;
  };
  for (const token of tokens) {
    if (token.kind === 'punct' && token.text === ';') {
      finish();
      continue;
    }
    if (token.kind === 'punct' && token.text === '(') open.push(token);
    if (token.kind === 'punct' && token.text === ')') {
      if (open.length === 0 && !broken) {
        problems.push({ file, line: token.line, message: `unbalanced parenthesis: the ) on line ${token.line} closes nothing` });
        broken = true;
      }
      open.pop();
    }
    current.push(token);
  }
  finish();
  return { statements, problems };
}
