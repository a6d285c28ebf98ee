import { SUBSTAGES } from '../../../preload/contract';
import { DEFECT_KINDS } from '../synth/defects';
import type { Batch } from './batches';
import { DEFECT_OUTCOMES } from './defect-outcomes';
import type { UnitTrace } from './run-strategy';
import { NO_DEFECT, type Workload } from './workload';

/** Where one record stands at some moment, as a grid letter: see PATIENT_STATUS_LETTERS. */
export type RecordLetter = 'w' | 'p' | 'c' | 'a' | 'r' | 'f' | 'h' | 'b';

/** Each defect kind's substage index and whether it refuses the record. */
const CATCH = DEFECT_KINDS.map((kind) => ({ at: SUBSTAGES.indexOf(DEFECT_OUTCOMES[kind].substage), rejects: DEFECT_OUTCOMES[kind].outcome === 'reject' }));

/** Records of a batch that a check refuses, wherever the batch ends up. */
export function rejectedIn(workload: Workload, batch: Batch): number {
  const defects = workload.tables[batch.table]!.defect;
  let n = 0;
  for (let row = batch.start; row < batch.end; row++) {
    const d = defects[row]!;
    if (d !== NO_DEFECT && CATCH[d]!.rejects) n++;
  }
  return n;
}

/**
 * A record's letter at time `t` (or at the end, when `t` is Infinity), from its unit's
 * trace and its own defect. A record refused by a check stays refused whatever happens to
 * its batch later; one whose batch had reached production before the run stopped is loaded.
 */
export function recordLetter(unit: UnitTrace, defect: number, t: number): RecordLetter {
  if (unit.startedAt === null || unit.startedAt > t) return unit.state === 'halted' && unit.settledAt! <= t ? 'h' : 'w';
  const caught = defect === NO_DEFECT ? null : CATCH[defect]!;
  const settled = unit.settledAt !== null && unit.settledAt <= t;
  if (!settled) return 'p';
  switch (unit.state) {
    case 'done':
      return caught ? (caught.rejects ? 'r' : 'a') : 'c';
    case 'failed':
      return caught?.rejects && caught.at < unit.failedIn! ? 'r' : 'f';
    case 'halted':
      if (unit.committedAt !== null) return caught ? (caught.rejects ? 'r' : 'a') : 'c';
      return caught?.rejects && caught.at <= unit.reached ? 'r' : 'h';
    case 'rolled_back':
      return caught?.rejects && caught.at <= unit.reached ? 'r' : 'b';
    default:
      return 'p';
  }
}

/** The grid letters in the order of {@link letterBit}. */
const LETTERS: readonly RecordLetter[] = ['w', 'p', 'c', 'a', 'r', 'f', 'h', 'b'];

/** A letter as one bit, so a patient's activity can be summed up in one small number. */
export function letterBit(letter: RecordLetter): number {
  return 1 << LETTERS.indexOf(letter);
}

const has = (mask: number, ...letters: RecordLetter[]) => letters.some((l) => (mask & letterBit(l)) !== 0);

/**
 * A patient's letter from their own record's letter and the letters of their activity
 * (as a mask of {@link letterBit}s): rolled back, waiting and in progress first; then
 * whether the patient record itself made it; then whether all their activity did (`x`,
 * partly migrated) and whether anything warned (`a`).
 */
export function patientLetter(own: RecordLetter, activity: number): string {
  if (own === 'b' || has(activity, 'b')) return 'b';
  const all = activity | letterBit(own);
  if (all === letterBit('w')) return 'w';
  if (has(all, 'p', 'w')) return 'p';
  if (own === 'f' || own === 'h' || own === 'r') return own;
  if (has(activity, 'f', 'h', 'r')) return 'x';
  return own === 'a' || has(activity, 'a') ? 'a' : 'c';
}
