import { compareRuns } from '../../engine/runs/compare-runs';
import { RunStore } from '../../store/run-store';
import type { Handler } from '../handler-types';

/** `runs:compare`: two to four runs side by side, the first as the baseline; NOT_FOUND names an unknown run. */
export const compare: Handler<'runs:compare'> = (input, { session }) => {
  const store = RunStore.open(session.requireProject());
  try {
    return compareRuns(store, input.runIds);
  } finally {
    store.close();
  }
};
