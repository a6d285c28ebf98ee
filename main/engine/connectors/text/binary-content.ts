// C0 control characters other than tab, line feed, vertical tab, form feed, carriage
// return and SUB (the old DOS end-of-file mark) do not occur in real text exports.
const CONTROL = /[\u0001-\u0008\u000e-\u0019\u001b-\u001f]/g;

/**
 * Tells whether decoded text is really binary (an image, a zip, a database renamed
 * `.csv`): any NUL character, or control characters making up more than 1% of it.
 * Returns the line of the first offending character, or null for text.
 */
export function findBinaryContent(text: string): { line: number } | null {
  const nul = text.indexOf('\u0000');
  if (nul !== -1) return { line: lineAt(text, nul) };
  const controls = text.match(CONTROL);
  if (!controls || controls.length <= Math.max(1, text.length / 100)) return null;
  return { line: lineAt(text, text.search(CONTROL)) };
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
