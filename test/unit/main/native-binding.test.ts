import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_BINDING_ENV, electronNativeBindingPath, sqliteBindingEnv } from '../../../main/native-binding';
import { cleanTempDirs, tempDir } from '../helpers/temp-project';

afterEach(cleanTempDirs);

describe('sqliteBindingEnv', () => {
  it('points the engine host at the Electron build in development', () => {
    const repoRoot = tempDir();
    const built = electronNativeBindingPath(repoRoot, '38.8.6');
    mkdirSync(dirname(built), { recursive: true });
    writeFileSync(built, '');
    expect(sqliteBindingEnv({ repoRoot, electronVersion: '38.8.6', packaged: false, env: {} })).toEqual({
      env: { [SQLITE_BINDING_ENV]: built },
      warning: null,
    });
  });

  it('warns, naming the script to run, when the Electron build is missing', () => {
    const result = sqliteBindingEnv({ repoRoot: tempDir(), electronVersion: '38.8.6', packaged: false, env: {} });
    expect(result.env).toEqual({});
    expect(result.warning).toContain('scripts/build-electron-native.mjs');
  });

  it('needs nothing when packaged, and respects an explicit setting', () => {
    expect(sqliteBindingEnv({ repoRoot: tempDir(), electronVersion: '38.8.6', packaged: true, env: {} })).toEqual({ env: {}, warning: null });
    const explicit = sqliteBindingEnv({ repoRoot: '/x', electronVersion: '1', packaged: true, env: { [SQLITE_BINDING_ENV]: '/nope.node' } });
    expect(explicit.env).toEqual({ [SQLITE_BINDING_ENV]: '/nope.node' });
    expect(explicit.warning).toContain('does not exist');
  });
});
