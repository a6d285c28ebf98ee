import type { CrosswalkRowView } from '../../../preload/contract';

/** A row in the editor: the file's row plus a key that survives edits and reordering. */
export interface EditorRow extends CrosswalkRowView {
  key: number;
}

/** What is wrong with the rows before a save, in the words the engine would use; empty when a save would pass. */
export function rowProblems(rows: readonly CrosswalkRowView[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const source = row.source.trim();
    if (source === '') problems.push(`row ${i + 1} has no source code`);
    else if (row.target.trim() === '') problems.push(`source code "${source}" has no target code`);
    if (source !== '' && seen.has(source)) problems.push(`source code "${source}" appears twice`);
    seen.add(source);
  });
  return problems;
}

/** Whether the edited rows differ from the saved ones (order counts: it is the file's order). */
export function rowsChanged(saved: readonly CrosswalkRowView[], edited: readonly CrosswalkRowView[]): boolean {
  if (saved.length !== edited.length) return true;
  return saved.some((row, i) => row.source !== edited[i]!.source || row.target !== edited[i]!.target || row.description !== edited[i]!.description);
}

/** Adds a row for a code the data holds, or fills in the target of the row already there. */
export function withCode(rows: readonly EditorRow[], code: string, target: string, description: string, nextKey: number): EditorRow[] {
  const at = rows.findIndex((r) => r.source.trim() === code);
  if (at >= 0) return rows.map((r, i) => (i === at ? { ...r, target, description: r.description || description } : r));
  return [...rows, { key: nextKey, source: code, target, description }];
}
