// Runs inside Electron's utilityProcess, so the engine's CPU and disk work never blocks
// the window. It must not import `electron`: the bundle stays plain Node plus the
// `process.parentPort` Electron adds to utility processes.
import { createEngine } from '../ipc/create-engine';
import { serveEngine } from './serve-engine';
import type { HostMessage } from './protocol';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: HostMessage): void;
}

const parentPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (!parentPort) {
  console.error('utility-entry must be started with Electron utilityProcess.fork()');
  process.exit(1);
}

/** The project main asked us to reopen (after a restart), passed as `--project=<dir>`. */
const projectArg = process.argv.find((arg) => arg.startsWith('--project='));
const projectDir = projectArg ? projectArg.slice('--project='.length) || null : null;

const engine = createEngine({ projectDir, mode: 'desktop' });
serveEngine(engine, {
  post: (message) => parentPort.postMessage(message),
  onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
});
