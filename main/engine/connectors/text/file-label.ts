/**
 * How messages name a file of a source folder: the folder as the user wrote it, then
 * the file (`source/patients.csv`); a file of the project folder itself by its name alone.
 */
export function fileLabel(folder: string, name: string): string {
  const prefix = folder.replace(/[\\/]+$/, '');
  return prefix === '' || prefix === '.' ? name : `${prefix}/${name}`;
}
