/**
 * Escapes text for HTML element content and quoted attribute values alike, so one
 * function serves both and no caller has to know which context it is writing into.
 */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const NEWLINE = /\r\n|\r|\n/;

/**
 * Escapes text for a Markdown table cell or heading. Markdown renderers pass raw HTML
 * through, so `<`, `>` and `&` become entities as well as the characters that would start
 * emphasis, links or code; `|` would end the cell and a newline would end the row, so
 * newlines become `<br>`, the one line break a GFM table cell can hold.
 */
export function escapeMarkdown(value: string): string {
  return value
    .split(NEWLINE)
    .map((line) =>
      line
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/([\\`*[\]|~])/g, '\\$1')
        // GFM never reads `_` between letters as emphasis, and LOAD_PATIENT reads better unescaped.
        .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
        // At the start of a line these would make a heading or a list of a plain paragraph.
        .replace(/^(\s*)([#+-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('<br>');
}

/**
 * Writes text as Markdown inline code that is safe inside a table cell. Code spans show
 * their content literally, so only `|` is escaped (GFM splits cells before it reads code
 * spans, and it removes that backslash again); the fence is one backtick longer than the
 * longest run inside; each line is its own span, joined by `<br>`.
 */
export function markdownCode(value: string): string {
  return value
    .split(NEWLINE)
    .map((line) => {
      const longestRun = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longestRun + 1);
      const pad = line.startsWith('`') || line.endsWith('`') || line.trim() === '' ? ' ' : '';
      return `${fence}${pad}${line.replace(/\|/g, '\\|')}${pad}${fence}`;
    })
    .join('<br>');
}

/**
 * Turns a name into a fragment identifier: lower-case letters, digits and hyphens, so
 * the HTML's internal links never need escaping and never collide with each other once
 * the caller adds a distinguishing prefix.
 */
export function slug(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
