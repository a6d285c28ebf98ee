import type { TablePlan } from './table-plan';

/**
 * The plans in waves that can load side by side: a table waits for every table it
 * references that comes before it in load order (a table of a foreign-key cycle, loaded
 * together, does not wait for the one after it). Plans keep their load order in a wave.
 */
export function loadWaves(plans: readonly TablePlan[]): TablePlan[][] {
  const level = new Map<string, number>();
  for (const plan of plans) {
    let mine = 0;
    for (const fk of plan.parents) {
      const parent = level.get(fk.refTable);
      if (parent !== undefined && fk.refTable !== plan.table.name) mine = Math.max(mine, parent + 1);
    }
    level.set(plan.table.name, mine);
  }
  const waves: TablePlan[][] = [];
  for (const plan of plans) (waves[level.get(plan.table.name)!] ??= []).push(plan);
  return waves.filter((wave) => wave.length > 0);
}

/**
 * Loads a wave's tables, at most `limit` at once. The first failure stops the others at
 * their next batch (their committed batches stay) and is what the wave throws; a cancel
 * from outside stops them all.
 */
export async function runWave(
  wave: readonly TablePlan[],
  limit: number,
  outer: AbortSignal | undefined,
  load: (plan: TablePlan, signal: AbortSignal) => Promise<void>,
): Promise<void> {
  const controller = new AbortController();
  const onOuter = () => controller.abort();
  if (outer?.aborted) controller.abort();
  outer?.addEventListener('abort', onOuter);
  const queue = [...wave];
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    for (let plan = queue.shift(); plan && !failure; plan = queue.shift()) {
      try {
        await load(plan, controller.signal);
      } catch (error) {
        // Siblings stopped by this abort throw cancels; the first error is the one that counts.
        failure ??= { error };
        controller.abort();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, wave.length)) }, lane));
  } finally {
    outer?.removeEventListener('abort', onOuter);
  }
  if (failure) throw (failure as { error: unknown }).error;
}
