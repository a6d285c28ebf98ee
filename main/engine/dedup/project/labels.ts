import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../errors';
import { parseCsvText } from '../../mapping/read-csv-file';
import { pairKey } from '../agreement';
import type { DedupFile } from './dedup-file';

/**
 * The known duplicate pairs a linkage is measured against: from the synthetic generator's
 * defects.json (each duplicate_patient entry names its original), or a CSV of pairs with
 * columns `a,b`. Keys are as {@link pairKey} writes them.
 */
export function readLabels(projectDir: string, labels: NonNullable<DedupFile['labels']>): Set<string> {
  const path = resolve(projectDir, labels.file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError('the labels file is not there or not readable', { file: labels.file, field: 'labels.file' });
  }
  const truth = new Set<string>();
  if (labels.format === 'pairs-csv') {
    const table = parseCsvText(text, labels.file);
    if (!table.header.includes('a') || !table.header.includes('b')) throw new UserError('a pairs CSV needs columns a and b', { file: labels.file, line: 1 });
    for (const row of table.rows) truth.add(pairKey(row.values.a!.trim(), row.values.b!.trim()));
    return truth;
  }
  let parsed: { defects?: { kind?: string; key?: string; duplicateOf?: string }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new UserError('not valid JSON', { file: labels.file });
  }
  for (const defect of parsed.defects ?? []) {
    if (defect.kind === 'duplicate_patient' && defect.key && defect.duplicateOf) truth.add(pairKey(defect.key, defect.duplicateOf));
  }
  return truth;
}
