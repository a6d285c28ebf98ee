import { compareRuns } from '../../engine/runs/compare-runs';
import type { RunStore } from '../../store/run-store';
import { comparisonText } from '../comparison-text';
import { EXIT, printJson, type Io } from '../output';

/** `cutover runs <project> --compare A B [C D]`: the runs side by side, A as the baseline; an unknown run is a UserError (exit 2). */
export function runsCompare(io: Io, store: RunStore, runIds: readonly string[], options: { json?: boolean }): number {
  const comparison = compareRuns(store, runIds);
  if (options.json) printJson(io, comparison);
  else io.out(comparisonText(comparison));
  return EXIT.ok;
}
