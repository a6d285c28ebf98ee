import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Result } from '../preload/contract';

/** What choosing the start-up project needs; injected so it is tested without Electron. */
export interface StartupProjectOptions {
  invoke(channel: 'projects:open' | 'projects:create-demo', input: { path: string }): Promise<Result<unknown>>;
  /** The project opened last time, if any. */
  recent: string | null;
  /** Where the demo project lives (`<userData>/demo-project`). */
  demoDir: string;
  log(message: string): void;
  exists?(file: string): boolean;
}

/**
 * Opens the project the app starts with: the last one opened, else the demo project,
 * creating it on first start. Answers the folder opened, or null when every attempt
 * failed (the window then offers File > Open Project… itself).
 */
export async function openStartupProject(options: StartupProjectOptions): Promise<string | null> {
  const exists = options.exists ?? existsSync;
  if (options.recent && exists(options.recent)) {
    const opened = await options.invoke('projects:open', { path: options.recent });
    if (opened.ok) return options.recent;
    options.log(`Could not reopen the last project: ${opened.error.message}`);
  }
  if (exists(path.join(options.demoDir, 'project.yaml'))) {
    const opened = await options.invoke('projects:open', { path: options.demoDir });
    if (opened.ok) return options.demoDir;
    options.log(`Could not open the demo project: ${opened.error.message}`);
    return null;
  }
  const created = await options.invoke('projects:create-demo', { path: options.demoDir });
  if (created.ok) return options.demoDir;
  options.log(`Could not create the demo project: ${created.error.message}`);
  return null;
}
