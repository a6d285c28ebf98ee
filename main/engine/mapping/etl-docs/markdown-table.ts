/**
 * A GFM table from cells the caller has already escaped. An empty cell becomes `—` so a
 * reader can tell "nothing here" from a rendering fault.
 */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? '—' : c)).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
