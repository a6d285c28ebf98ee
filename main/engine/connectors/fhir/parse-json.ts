import type { JsonValue } from './json-value';

/** JSON text parsed, or where it stops being JSON and whether it was cut short (the text is never quoted). */
export type ParsedJson = { ok: true; value: JsonValue } | { ok: false; truncated: boolean; line?: number };

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * Parses JSON text. The engine's own error message is never passed on: it can quote the
 * input, and the input is patient data. Only its position is kept, as a line number.
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const end = text.trimEnd().length;
    const at = /at position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : null;
    // Cut off mid-way, the text fails where it stops: "Unexpected end", or an unterminated string or object at the end.
    if (message.includes('Unexpected end of JSON input') || (position !== null && position >= end - 1)) {
      return { ok: false, truncated: true, line: lineAt(text, end) };
    }
    return position !== null ? { ok: false, truncated: false, line: lineAt(text, position) } : { ok: false, truncated: false };
  }
}
