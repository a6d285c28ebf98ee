import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, tempDir } from '../helpers/temp-project';
// @ts-expect-error -- a plain .mjs build script without type declarations
import { buildElectron } from '../../../scripts/build-electron.mjs';

afterEach(cleanTempDirs);

const ENGINE_HOST = resolve('dist/electron/engine-host.cjs');

/**
 * Stands in for Electron's utility process: gives the bundle the `process.parentPort` it
 * expects, carried over Node's own IPC channel to this test.
 */
const FAKE_PARENT_PORT = `
process.parentPort = {
  on: (_event, listener) => process.on('message', (data) => listener({ data })),
  postMessage: (message) => process.send(message),
};
`;

describe('the Electron bundles', () => {
  it('build, and the engine host answers a call under plain Node as the utility process would run it', async () => {
    expect(await buildElectron({ quiet: true })).toEqual([]);
    const shim = join(tempDir(), 'parent-port.cjs');
    writeFileSync(shim, FAKE_PARENT_PORT);
    const host = fork(ENGINE_HOST, [`--project=${demoProjectWith({})}`], { execArgv: ['--require', shim], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    try {
      const answer = await new Promise<unknown>((resolveAnswer, reject) => {
        host.on('exit', (code) => reject(new Error(`engine host exited with ${code}`)));
        host.on('message', (message: { kind: string }) => {
          if (message.kind === 'ready') host.send({ kind: 'invoke', id: 1, channel: 'connectors:list', input: {} });
          if (message.kind === 'result') resolveAnswer(message);
        });
      });
      expect(answer).toMatchObject({ kind: 'result', id: 1, result: { ok: true, data: { sources: [{ id: 'pas', type: 'csv' }] } } });
    } finally {
      host.kill();
    }
  }, 60_000);
});
