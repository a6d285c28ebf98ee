import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../../engine/errors';
import { inspectProject } from '../../engine/project/inspect-project';
import { initProject } from '../../engine/project/init-project';
import { createEngine } from '../../ipc/create-engine';
import { startBridge } from '../../server/bridge-server';
import { ensureRendererBuilt } from '../../server/renderer-build';
import { EXIT, type Io } from '../output';

/** `cutover serve [project]`: the app in a local browser, until Ctrl+C. */
export async function serve(io: Io, dir: string | undefined, options: { demo?: boolean; port: number; open: boolean }): Promise<number> {
  const projectDir = await chooseProject(io, dir, options.demo ?? false);
  if (projectDir) await inspectProject(projectDir);
  const rendererDir = await ensureRendererBuilt((line) => io.err(line));
  const engine = createEngine({ projectDir, mode: 'browser' });
  const bridge = await startBridge({ engine, rendererDir, port: options.port });
  io.out(`Cutover Workbench is at ${bridge.url}`);
  io.out('Only this computer can reach it, and only with that address. Press Ctrl+C to stop.');
  if (options.open) openBrowser(bridge.url);
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  await bridge.close();
  return EXIT.ok;
}

async function chooseProject(io: Io, dir: string | undefined, demo: boolean): Promise<string | null> {
  if (dir && demo) throw new UserError('give a project folder or --demo, not both', { field: '--demo' });
  if (dir) return resolve(dir);
  if (!demo) return null;
  const demoDir = join(process.env.CUTOVER_HOME ?? join(homedir(), '.cutover'), 'demo');
  if (!existsSync(join(demoDir, 'project.yaml'))) {
    io.err(`Creating the demo project in ${demoDir}…`);
    await initProject(demoDir, { template: 'demo' });
  }
  return demoDir;
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  try {
    const child = spawn(command, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser opener here: the printed address is enough.
  }
}
