import { fail, type Result } from '../../preload/contract';
import type { HostMessage, HostRequest } from './protocol';

/**
 * The parts of Electron's `UtilityProcess` the main side uses. Kept as an interface so
 * this module never imports `electron` and its tests can hand it a fake child.
 */
export interface HostChild {
  postMessage(message: HostRequest): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

/** What {@link EngineProcess} needs from its host. */
export interface EngineProcessOptions {
  /** Starts a fresh engine host with `projectDir` already open (null: none). */
  fork(projectDir: string | null): HostChild;
  /** Receives every event the engine pushes, to forward to the windows. */
  onEvent(event: string, payload: unknown): void;
  /** Where lifecycle notes go; never given request inputs, which may hold patient data. */
  log?(message: string): void;
  /** Crashes tolerated within {@link crashWindowMs} before restarts stop being eager. */
  maxEagerRestarts?: number;
  crashWindowMs?: number;
  now?(): number;
}

interface Pending {
  channel: string;
  resolve(result: Result<unknown>): void;
}

/**
 * The main side of the engine host: forks it, matches every answer to its request by id,
 * forwards events, and restarts the host when it dies. A crash fails the requests in
 * flight with INTERNAL (never leaves them hanging) and reports the runs it interrupted as
 * failed, so no window waits forever for a `run-finished` that will not come.
 */
export class EngineProcess {
  private child: HostChild | null = null;
  private ready = false;
  private stopped = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly queued: HostRequest[] = [];
  private readonly activeRuns = new Set<string>();
  private readonly crashes: number[] = [];
  /** The project to reopen after a restart, so a crash does not close the user's work. */
  private projectDir: string | null;

  constructor(
    private readonly options: EngineProcessOptions,
    initialProject: string | null = null,
  ) {
    this.projectDir = initialProject;
  }

  /** Starts the host now rather than on the first request. */
  start(): void {
    this.ensureChild();
  }

  /** Sends one request to the engine; resolves with its answer, never rejects. */
  invoke(channel: string, input: unknown): Promise<Result<unknown>> {
    if (this.stopped) return Promise.resolve(fail('INTERNAL', 'The engine has been shut down'));
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, {
        channel,
        resolve: (result) => {
          this.remember(channel, result);
          resolve(result);
        },
      });
      this.send({ kind: 'invoke', id, channel, input });
    });
  }

  /** Stops the host for good (app quit): pending requests fail, no restart follows. */
  stop(): void {
    this.stopped = true;
    const child = this.child;
    this.child = null;
    this.failPending('The engine was shut down before it answered');
    child?.kill();
  }

  /** How many requests are waiting for an answer; for tests and diagnostics. */
  get inFlight(): number {
    return this.pending.size;
  }

  private send(request: HostRequest): void {
    const child = this.ensureChild();
    if (this.ready) child.postMessage(request);
    else this.queued.push(request);
  }

  private ensureChild(): HostChild {
    if (this.child) return this.child;
    const child = this.options.fork(this.projectDir);
    this.child = child;
    this.ready = false;
    child.on('message', (message) => {
      if (this.child === child) this.receive(message);
    });
    child.on('exit', (code) => {
      if (this.child === child) this.handleExit(code);
    });
    return child;
  }

  private receive(message: unknown): void {
    if (!isHostMessage(message)) {
      this.options.log?.('Ignored a malformed message from the engine host');
      return;
    }
    if (message.kind === 'ready') {
      this.ready = true;
      for (const request of this.queued.splice(0)) this.child?.postMessage(request);
    } else if (message.kind === 'result') {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      pending?.resolve(message.result);
    } else {
      this.trackRun(message.event, message.payload);
      this.options.onEvent(message.event, message.payload);
    }
  }

  private handleExit(code: number): void {
    this.child = null;
    this.ready = false;
    this.queued.length = 0;
    this.failPending(`The engine process stopped unexpectedly (exit code ${code}); please try again`);
    this.failActiveRuns(code);
    if (this.stopped) return;
    this.options.log?.(`Engine host exited with code ${code}`);
    if (this.shouldRestartEagerly()) this.ensureChild();
    // Otherwise the next request forks a fresh host: a crash loop then costs one fork
    // per user action instead of spinning in the background.
  }

  private shouldRestartEagerly(): boolean {
    const now = this.options.now?.() ?? Date.now();
    const windowMs = this.options.crashWindowMs ?? 60_000;
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - (this.crashes[0] ?? now) > windowMs) this.crashes.shift();
    return this.crashes.length <= (this.options.maxEagerRestarts ?? 3);
  }

  private failPending(message: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { resolve } of waiting) resolve(fail('INTERNAL', message));
  }

  private failActiveRuns(code: number): void {
    for (const runId of this.activeRuns) {
      this.options.onEvent('run:event', {
        type: 'run-failed',
        runId,
        message: `The engine process stopped unexpectedly (exit code ${code})`,
      });
    }
    this.activeRuns.clear();
  }

  private remember(channel: string, result: Result<unknown>): void {
    if (!result.ok) return;
    if (channel === 'projects:open' || channel === 'projects:create-demo') {
      const path = (result.data as { path?: unknown } | null)?.path;
      if (typeof path === 'string') this.projectDir = path;
    }
  }

  // Runs are tracked from their events, not from `runs:start` answers: for a fast run the
  // answer can arrive after `run-finished`, and the run would then look stuck forever.
  private trackRun(event: string, payload: unknown): void {
    if (event !== 'run:event' || typeof payload !== 'object' || payload === null) return;
    const { type, runId } = payload as { type?: unknown; runId?: unknown };
    if (typeof runId !== 'string') return;
    if (type === 'run-started') this.activeRuns.add(runId);
    if (type === 'run-finished' || type === 'run-failed') this.activeRuns.delete(runId);
  }
}

function isHostMessage(message: unknown): message is HostMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { kind } = message as { kind?: unknown };
  if (kind === 'ready') return true;
  if (kind === 'result') {
    const { id, result } = message as { id?: unknown; result?: unknown };
    return typeof id === 'number' && typeof result === 'object' && result !== null;
  }
  if (kind === 'event') return typeof (message as { event?: unknown }).event === 'string';
  return false;
}
