import { RunStore } from '../../store/run-store';

/**
 * Notes a change to the project in its audit trail (a contract edit, a crosswalk saved,
 * a source added), so the trail tells every decision that shaped a run, not just the runs.
 * Details name what changed, never a data value.
 */
export function noteChange(projectDir: string, action: string, subject: string | null, details: Record<string, unknown>, actor?: string | null): void {
  const store = RunStore.open(projectDir);
  try {
    store.audit(action, subject, details, actor || 'cutover');
  } finally {
    store.close();
  }
}
