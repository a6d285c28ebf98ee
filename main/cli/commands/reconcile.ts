import { loadProject } from '../../engine/project/inspect-project';
import { reconcileTarget } from '../../engine/reconcile/reconcile-target';
import { EXIT, printJson, type Io } from '../output';

/**
 * `cutover reconcile <project>`: re-reads the target and compares every row with what the
 * load ledger says was loaded; prints per table the rows loaded, held, matching, changed,
 * missing and extra, and the SHA-256 of both sides. Exit 1 when any table is off.
 */
export async function reconcile(io: Io, dir: string, options: { json?: boolean }): Promise<number> {
  const tables = reconcileTarget(await loadProject(dir));
  const off = tables.filter((t) => t.parity < 1 || t.extra > 0);
  if (options.json) printJson(io, { parity: off.length === 0, tables });
  else {
    const header = ['table', 'loaded', 'in target', 'matching', 'changed', 'missing', 'extra', 'sha256 (first 16)'];
    const rows = tables.map((t) => [t.table, t.ledgerRows, t.targetRows, t.matching, t.changed, t.missing, t.extra, t.loadedSha256 === t.targetSha256 ? t.targetSha256.slice(0, 16) : 'differs'].map(String));
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    io.out(tables.length === 0 ? 'The target has no loaded tables yet.' : [line(header), ...rows.map(line)].join('\n'));
    io.out(off.length === 0 ? 'Parity: every table holds exactly what was loaded.' : `Parity: ${off.length} table${off.length === 1 ? '' : 's'} differ from what was loaded.`);
  }
  return off.length === 0 ? EXIT.ok : EXIT.verdictFailed;
}
