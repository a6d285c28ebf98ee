/** The separators one message declares in MSH-1 and MSH-2. */
export interface Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

const PLAIN = /[A-Za-z0-9\s]/;

/**
 * Reads the separators from an MSH segment line. Returns a plain-words reason instead
 * when they are malformed, so the caller can name the file and message.
 */
export function readDelimiters(msh: string): Delimiters | string {
  const field = msh.charAt(3);
  if (field === '' || PLAIN.test(field)) return 'MSH-1 (the field separator) is missing or is a letter, digit or space';
  const end = msh.indexOf(field, 4);
  const encoding = end === -1 ? msh.slice(4) : msh.slice(4, end);
  // v2.7 adds a fifth character (truncation); anything shorter than four leaves a separator undefined.
  if (encoding.length < 4 || encoding.length > 5) {
    return `MSH-2 (the encoding characters) has ${encoding.length} characters; 4 are expected, such as ^~\\&`;
  }
  const chars = [...encoding];
  if (chars.some((c) => PLAIN.test(c) || c === field) || new Set(chars).size !== chars.length) {
    return 'MSH-2 (the encoding characters) must be 4 distinct symbols other than the field separator, such as ^~\\&';
  }
  const [component, repetition, escape, subcomponent] = chars as [string, string, string, string];
  return { field, component, repetition, escape, subcomponent };
}
