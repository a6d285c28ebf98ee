/** Names filtrex reads as a field when written bare; anything else is single-quoted. */
const BARE_FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words filtrex or the contract's field reader treat as keywords. */
const RESERVED = new Set(['and', 'or', 'not', 'in', 'of', 'if', 'then', 'else', 'mod', 'true', 'false', 'null', 'undefined']);

/** A column as a contract expression names it: bare when it can be, else `'quoted'` (a dot or space would not parse). */
export function fieldRef(column: string): string {
  if (BARE_FIELD.test(column) && !RESERVED.has(column.toLowerCase())) return column;
  return `'${column.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A string literal of a contract expression: double-quoted, as filtrex wants. */
export function stringLiteral(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
