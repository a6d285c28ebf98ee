import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFolder, MAX_ENTRIES } from '../../../../../main/engine/files/list-folder';
import { UserError } from '../../../../../main/engine/errors';
import { cleanTempDirs, tempDir } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

function folderWith(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'extract'));
  mkdirSync(join(dir, 'Archive'));
  writeFileSync(join(dir, 'patients.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'file10.csv'), '');
  writeFileSync(join(dir, 'file9.csv'), '');
  writeFileSync(join(dir, '.secret'), 'x');
  return dir;
}

describe('listFolder', () => {
  it('lists folders first, then files, each in natural order, with sizes for files only', () => {
    const dir = folderWith();
    const listing = listFolder(dir);
    expect(listing.path).toBe(dir);
    expect(listing.entries.map((e) => e.name)).toEqual(['Archive', 'extract', 'file9.csv', 'file10.csv', 'patients.csv']);
    expect(listing.entries.find((e) => e.name === 'patients.csv')).toMatchObject({ kind: 'file', size: 8 });
    expect(listing.entries.find((e) => e.name === 'extract')).toMatchObject({ kind: 'folder', size: null });
    expect(Date.parse(listing.entries[0]!.modified!)).toBeGreaterThan(0);
    expect(listing.separator).toBe(sep);
    expect(listing.truncated).toBe(false);
    expect(listing.selected).toBeNull();
  });

  it('hides dot files unless asked', () => {
    const dir = folderWith();
    expect(listFolder(dir).entries.some((e) => e.name === '.secret')).toBe(false);
    expect(listFolder(dir, { hidden: true }).entries.some((e) => e.name === '.secret')).toBe(true);
  });

  it('given a file, lists its folder with the file selected', () => {
    const dir = folderWith();
    const listing = listFolder(join(dir, 'patients.csv'));
    expect(listing.path).toBe(dir);
    expect(listing.selected).toBe('patients.csv');
  });

  it('names its parent, and none at the root', () => {
    const dir = folderWith();
    expect(listFolder(join(dir, 'extract')).parent).toBe(dir);
    expect(listFolder('/').parent).toBeNull();
  });

  it('offers the project, home and the root as places, and starts at the project', () => {
    const dir = folderWith();
    const listing = listFolder(undefined, { projectDir: join(dir, 'extract') });
    expect(listing.path).toBe(join(dir, 'extract'));
    expect(listing.places.map((p) => p.label)).toEqual(['Project', 'Home', 'Computer']);
    expect(listing.places[1]!.path).toBe(homedir());
  });

  it('follows a link to a folder and leaves out a broken link', () => {
    const dir = folderWith();
    symlinkSync(join(dir, 'extract'), join(dir, 'shortcut'));
    symlinkSync(join(dir, 'gone'), join(dir, 'broken'));
    const entries = listFolder(dir).entries;
    expect(entries.find((e) => e.name === 'shortcut')?.kind).toBe('folder');
    expect(entries.some((e) => e.name === 'broken')).toBe(false);
  });

  it('refuses a missing folder as NOT_FOUND naming the path, unless the nearest existing folder is wanted', () => {
    const dir = folderWith();
    const missing = join(dir, 'not', 'yet', 'made.db');
    let caught: unknown;
    try {
      listFolder(missing);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect(caught).toMatchObject({ code: 'NOT_FOUND', message: 'no folder at this path', place: { field: 'path' } });
    expect(listFolder(missing, { nearest: true }).path).toBe(dir);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder may not be read (skipped as root, who may read any folder)', () => {
    const dir = folderWith();
    chmodSync(join(dir, 'extract'), 0o000);
    expect(() => listFolder(join(dir, 'extract'))).toThrow('no permission to look inside this folder');
    chmodSync(join(dir, 'extract'), 0o755);
  });

  it(`lists at most ${MAX_ENTRIES} entries and says more were left out`, () => {
    const dir = tempDir();
    for (let i = 0; i < MAX_ENTRIES + 3; i++) writeFileSync(join(dir, `f${i}.csv`), '');
    const listing = listFolder(dir);
    expect(listing.entries).toHaveLength(MAX_ENTRIES);
    expect(listing.truncated).toBe(true);
  });
});
