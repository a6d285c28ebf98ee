import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'bin/cutover.mjs');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[^\s"']+/;
const START_TIMEOUT_MS = 60_000;

/** Where the tests find the bridge: the tokened URL printed by `cutover serve`. */
export const BRIDGE_URL_ENV = 'CUTOVER_E2E_URL';

/**
 * Builds the renderer, creates a demo project in a temp folder and starts `cutover serve`
 * on it; the tests read the URL from {@link BRIDGE_URL_ENV}. Setting that variable
 * beforehand points the suite at a server you started yourself and skips all of this.
 * (Playwright takes the setup as a default export; it returns the teardown.)
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env[BRIDGE_URL_ENV]) return undefined;

  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const workDir = mkdtempSync(join(tmpdir(), 'cutover-e2e-'));
  const projectDir = join(workDir, 'demo');
  execFileSync(process.execPath, [CLI, 'init', projectDir, '--template', 'demo'], { cwd: ROOT, stdio: 'inherit' });

  const server = spawn(process.execPath, [CLI, 'serve', projectDir, '--port', '0', '--no-open'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    process.env[BRIDGE_URL_ENV] = await readServerUrl(server);
  } catch (error) {
    await stop(server);
    rmSync(workDir, { recursive: true, force: true });
    throw error;
  }

  return async () => {
    await stop(server);
    rmSync(workDir, { recursive: true, force: true });
  };
}

/** Resolves with the first tokened URL the server prints; fails if it exits or stays silent. */
function readServerUrl(server: ChildProcess): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`cutover serve printed no URL within ${START_TIMEOUT_MS} ms:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_PATTERN.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[0]);
      }
    };
    server.stdout?.on('data', onData);
    // Stderr is collected for the failure message only; the URL is expected on stdout.
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`cutover serve exited with code ${code} before printing its URL:\n${output}`));
    });
  });
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((done) => server.once('exit', () => done()));
  server.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5_000));
  if ((await Promise.race([exited, timeout])) === 'timeout') server.kill('SIGKILL');
}
