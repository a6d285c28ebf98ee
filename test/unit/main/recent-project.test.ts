import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RecentProject } from '../../../main/recent-project';
import { cleanTempDirs, tempDir } from '../helpers/temp-project';

afterEach(cleanTempDirs);

describe('RecentProject', () => {
  it('remembers the last project across instances', () => {
    const dir = tempDir();
    expect(new RecentProject(dir).read()).toBeNull();
    expect(new RecentProject(dir).write('/work/p1')).toBeNull();
    expect(new RecentProject(dir).read()).toBe('/work/p1');
  });

  it('treats a damaged file as no recent project', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'recent-project.json'), '{"lastProject": ');
    expect(new RecentProject(dir).read()).toBeNull();
    writeFileSync(join(dir, 'recent-project.json'), '{"lastProject": 42}');
    expect(new RecentProject(dir).read()).toBeNull();
  });

  it('reports, rather than throws, when it cannot write', () => {
    const file = join(tempDir(), 'not-a-dir');
    writeFileSync(file, '');
    expect(new RecentProject(file).write('/work/p1')).toBeInstanceOf(Error);
  });
});
