/** Where JSON text goes wrong and why, in plain words. */
export interface JsonSyntaxError {
  offset: number;
  reason: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Finds the first syntax error in JSON text, or null if it is valid. `JSON.parse`
 * already knows the text is bad, but its messages quote the text (which may identify a
 * patient) and do not always give a position; this walk gives an exact offset instead.
 * It keeps its own stack rather than recursing, so deep nesting cannot overflow.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const fail = (reason: string): JsonSyntaxError => ({ offset: i, reason: i >= text.length ? `the text ends too early: ${reason}` : reason });
  const string = (): JsonSyntaxError | null => {
    for (i++; i < text.length; i++) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return null;
      }
      if (c < ' ') return fail('a control character (such as a line break) inside a string');
      if (c !== '\\') continue;
      const next = text[++i];
      if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 4;
      else if (next === undefined || !ESCAPES.has(next)) return fail('an invalid escape sequence in a string');
    }
    return fail('a string is never closed');
  };
  const key = (): JsonSyntaxError | null => {
    skipSpace();
    if (text[i] !== '"') return fail('expected a property name in double quotes');
    const bad = string();
    if (bad) return bad;
    skipSpace();
    if (text[i] !== ':') return fail('expected : after a property name');
    i++;
    return null;
  };
  for (;;) {
    skipSpace();
    const c = text[i];
    let done = true;
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c);
        done = false;
        if (c === '{') {
          const bad = key();
          if (bad) return bad;
        }
      }
    } else if (c === '"') {
      const bad = string();
      if (bad) return bad;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (text.startsWith(word, i)) i += word.length;
      else return fail('expected a value');
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail('expected a value');
      i = NUMBER.lastIndex;
    }
    while (done) {
      skipSpace();
      const open = stack.at(-1);
      if (open === undefined) return i < text.length ? fail('unexpected text after the end of the value') : null;
      const close = open === '{' ? '}' : ']';
      if (text[i] === close) {
        stack.pop();
        i++;
      } else if (text[i] === ',') {
        i++;
        if (open === '{') {
          const bad = key();
          if (bad) return bad;
        }
        done = false;
      } else return fail(`expected , or ${close}`);
    }
  }
}

/** The line and column of an offset in text that starts at a known line and column. */
export function positionIn(text: string, offset: number, startLine: number, startColumn: number): { line: number; column: number } {
  let line = startLine;
  let lineStart = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i;
  }
  return { line, column: lineStart === -1 ? startColumn + offset : offset - lineStart };
}
