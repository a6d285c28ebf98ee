import { createContext, useCallback, useContext, useEffect, useMemo, useReducer, type ReactNode } from 'react';
import type { ChannelInput } from '../../../preload/contract';
import { call } from '../../api/call';
import { useRunEvents } from '../../api/use-run-events';
import { isActive, reduceRunProgress, type RunProgress } from './run-progress';

/** What the whole app knows about the run being watched, and how to drive it. */
export interface RunMonitor {
  progress: RunProgress | null;
  /** Starts a run; resolves with its id, rejects with an ApiError. */
  start: (options: ChannelInput<'runs:start'>) => Promise<string>;
  /** Asks the engine to stop the watched run. */
  cancel: () => Promise<void>;
}

const RunMonitorContext = createContext<RunMonitor | null>(null);

/** How often the stored status is checked while a run is active, in case events were missed. */
const POLL_MS = 2_000;

/**
 * Watches runs for the whole app, so progress survives page changes and the app bar can
 * show it. Events drive the display; a slow poll of the run store is a safety net for a
 * WebSocket that dropped or connected after the run's last event.
 */
export function RunMonitorProvider({ children }: { children: ReactNode }) {
  const [progress, dispatch] = useReducer(reduceRunProgress, null);

  useRunEvents((event) => dispatch({ kind: 'event', event, now: Date.now() }));

  useEffect(() => {
    // A run may already be going (started before a reload, or by another window).
    call('runs:list', {}).then(
      (runs) => {
        const running = runs.find((run) => run.status === 'running');
        if (running) dispatch({ kind: 'observed', runId: running.id, status: 'running', now: Date.now() });
      },
      () => undefined,
    );
  }, []);

  const activeRunId = isActive(progress) ? progress?.runId : undefined;
  useEffect(() => {
    if (!activeRunId) return;
    const timer = setInterval(() => {
      call('runs:get', { runId: activeRunId }).then(
        (run) => dispatch({ kind: 'observed', runId: run.id, status: run.status, now: Date.now() }),
        () => undefined,
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [activeRunId]);

  const start = useCallback(async (options: ChannelInput<'runs:start'>) => {
    const { runId } = await call('runs:start', options);
    dispatch({ kind: 'started', runId, dryRun: options.dryRun ?? false, now: Date.now() });
    return runId;
  }, []);

  const cancel = useCallback(async () => {
    if (activeRunId) await call('runs:cancel', { runId: activeRunId });
  }, [activeRunId]);

  const value = useMemo(() => ({ progress, start, cancel }), [progress, start, cancel]);
  return <RunMonitorContext.Provider value={value}>{children}</RunMonitorContext.Provider>;
}

/** The app-wide {@link RunMonitor}; must be used under {@link RunMonitorProvider}. */
export function useRunMonitor(): RunMonitor {
  const monitor = useContext(RunMonitorContext);
  if (!monitor) throw new Error('useRunMonitor must be used inside RunMonitorProvider');
  return monitor;
}
