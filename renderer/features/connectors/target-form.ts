/** The catalog picker's value for "a file of my own" rather than a built-in template. */
export const FILE_CATALOG = 'file';

/** A DDL dialect, or leave it to detection. */
export type Dialect = 'detect' | 'sqlite' | 'postgresql';

/** A catalog as project.yaml holds it (one string or several DDL files), as the form shows it. */
export function catalogText(catalog: unknown): string {
  if (typeof catalog === 'string') return catalog;
  if (Array.isArray(catalog)) return catalog.map(String).join('; ');
  return '';
}

/**
 * The catalog to send from the form: the template, one file, or several DDL files typed
 * with `;` between them. Null when nothing is given yet.
 */
export function catalogInput(template: string, files: string): string | string[] | null {
  if (template !== FILE_CATALOG) return template;
  const list = files.split(';').map((f) => f.trim()).filter(Boolean);
  if (list.length === 0) return null;
  return list.length === 1 ? list[0]! : list;
}
