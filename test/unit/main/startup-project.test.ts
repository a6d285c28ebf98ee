import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../preload/contract';
import { openStartupProject } from '../../../main/startup-project';

const okResult: Result<unknown> = { ok: true, data: {} };
const failed: Result<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: 'gone' } };

function run(options: { recent: string | null; existing: string[]; answers?: Record<string, Result<unknown>> }) {
  const invoke = vi.fn(async (channel: string, input: { path: string }) => options.answers?.[`${channel} ${input.path}`] ?? okResult);
  const log = vi.fn();
  const result = openStartupProject({
    invoke,
    recent: options.recent,
    demoDir: '/data/demo-project',
    log,
    exists: (file) => options.existing.includes(file),
  });
  return { result, invoke, log };
}

describe('openStartupProject', () => {
  it('reopens the last project', async () => {
    const { result, invoke } = run({ recent: '/work/p1', existing: ['/work/p1'] });
    await expect(result).resolves.toBe('/work/p1');
    expect(invoke.mock.calls).toEqual([['projects:open', { path: '/work/p1' }]]);
  });

  it('creates the demo project on first start', async () => {
    const { result, invoke } = run({ recent: null, existing: [] });
    await expect(result).resolves.toBe('/data/demo-project');
    expect(invoke.mock.calls).toEqual([['projects:create-demo', { path: '/data/demo-project' }]]);
  });

  it('falls back to the existing demo when the last project is gone or broken', async () => {
    const { result, invoke, log } = run({
      recent: '/work/p1',
      existing: ['/work/p1', '/data/demo-project/project.yaml'],
      answers: { 'projects:open /work/p1': failed },
    });
    await expect(result).resolves.toBe('/data/demo-project');
    expect(invoke.mock.calls.map((c) => c[0])).toEqual(['projects:open', 'projects:open']);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('gone'));
  });

  it('answers null, without throwing, when nothing can be opened', async () => {
    const { result } = run({ recent: null, existing: [], answers: { 'projects:create-demo /data/demo-project': failed } });
    await expect(result).resolves.toBeNull();
  });
});
