import { UserError } from '../engine/errors';

/**
 * The state one window (or one bridge) works in: which project is open and which runs
 * are in flight, each with the controller that cancels it.
 */
export class Session {
  private projectDir: string | null;
  private readonly running = new Map<string, AbortController>();

  constructor(projectDir: string | null = null) {
    this.projectDir = projectDir;
  }

  /** The open project's folder, or null. */
  get project(): string | null {
    return this.projectDir;
  }

  /** The open project's folder; a NO_PROJECT error when none is open. */
  requireProject(): string {
    if (!this.projectDir) throw new UserError('No project is open', {}, 'NO_PROJECT');
    return this.projectDir;
  }

  /** Makes `dir` the open project. */
  open(dir: string): void {
    this.projectDir = dir;
  }

  /** Registers a run in flight; returns the signal that tells it to stop. */
  track(runId: string): AbortSignal {
    const controller = new AbortController();
    this.running.set(runId, controller);
    return controller.signal;
  }

  /** Forgets a finished run. */
  untrack(runId: string): void {
    this.running.delete(runId);
  }

  /** Asks a run in flight to stop; false when it is not running. */
  cancel(runId: string): boolean {
    const controller = this.running.get(runId);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Tells whether any run is in flight. */
  get busy(): boolean {
    return this.running.size > 0;
  }
}
