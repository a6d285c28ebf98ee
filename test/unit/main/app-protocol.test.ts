import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));
const { resolveRendererFile, RENDERER_URL } = await import('../../../main/app-protocol');

const dir = path.resolve('/opt/cutover/dist/renderer');

describe('resolveRendererFile', () => {
  it('maps our origin to files inside the renderer folder', () => {
    expect(resolveRendererFile(dir, RENDERER_URL)).toBe(path.join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://cutover/')).toBe(path.join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'app://cutover/assets/index-abc.js?v=1')).toBe(path.join(dir, 'assets', 'index-abc.js'));
  });

  it('never leaves the renderer folder, however the path is spelled', () => {
    for (const url of [
      'app://cutover/../../etc/passwd',
      'app://cutover/%2e%2e/%2e%2e/etc/passwd',
      'app://cutover/assets/..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const file = resolveRendererFile(dir, url);
      expect(file === null || file.startsWith(dir + path.sep), `${url} -> ${file}`).toBe(true);
    }
  });

  it('refuses other hosts, backslashes, NUL bytes and malformed URLs', () => {
    for (const url of [
      'app://other/index.html',
      'app://cutover/assets/..%5c..%5cwindows',
      'app://cutover/a%00.js',
      'app://cutover/%E0%A4%A',
      'not a url',
    ]) {
      expect(resolveRendererFile(dir, url), url).toBeNull();
    }
  });
});
