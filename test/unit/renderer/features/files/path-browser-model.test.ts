import { describe, expect, it } from 'vitest';
import type { FolderEntry } from '../../../../../preload/contract';
import { childPath, choiceFor, crumbsOf, formatBytes, matchesExtensions, startFolderFor } from '../../../../../renderer/features/files/path-browser-model';

const file: FolderEntry = { name: 'patients.csv', kind: 'file', size: 10, modified: null };
const folder: FolderEntry = { name: 'extract', kind: 'folder', size: null, modified: null };

describe('path browser model', () => {
  it('joins paths with the host separator, once at a root', () => {
    expect(childPath('/data', 'x.csv', '/')).toBe('/data/x.csv');
    expect(childPath('/', 'data', '/')).toBe('/data');
    expect(childPath('C:\\', 'Exports', '\\')).toBe('C:\\Exports');
    expect(childPath('C:\\Exports', 'a.csv', '\\')).toBe('C:\\Exports\\a.csv');
  });

  it('makes breadcrumbs from the root down, POSIX and Windows', () => {
    expect(crumbsOf('/home/ana/export', '/')).toEqual([
      { label: '/', path: '/' },
      { label: 'home', path: '/home' },
      { label: 'ana', path: '/home/ana' },
      { label: 'export', path: '/home/ana/export' },
    ]);
    expect(crumbsOf('/', '/')).toEqual([{ label: '/', path: '/' }]);
    expect(crumbsOf('D:\\PAS\\2024', '\\')).toEqual([
      { label: 'D:\\', path: 'D:\\' },
      { label: 'PAS', path: 'D:\\PAS' },
      { label: '2024', path: 'D:\\PAS\\2024' },
    ]);
  });

  it('matches file endings in any case, multi-part ones too', () => {
    expect(matchesExtensions('PATIENTS.CSV', ['csv'])).toBe(true);
    expect(matchesExtensions('bulk.ndjson', ['json'])).toBe(false);
    expect(matchesExtensions('export.tar.gz', ['tar.gz'])).toBe(true);
    expect(matchesExtensions('anything', undefined)).toBe(true);
    expect(matchesExtensions('anything', [])).toBe(true);
  });

  it('formats sizes as people read them', () => {
    expect(formatBytes(812)).toBe('812 B');
    expect(formatBytes(4200)).toBe('4.2 kB');
    expect(formatBytes(52_000_000)).toBe('52 MB');
    expect(formatBytes(1_300_000_000)).toBe('1.3 GB');
  });

  it('chooses the selected entry when the mode allows it, else the folder shown when folders will do', () => {
    expect(choiceFor('file', '/d', file, '/')).toBe('/d/patients.csv');
    expect(choiceFor('file', '/d', folder, '/')).toBeNull();
    expect(choiceFor('file', '/d', null, '/')).toBeNull();
    expect(choiceFor('folder', '/d', file, '/')).toBeNull();
    expect(choiceFor('folder', '/d', folder, '/')).toBe('/d/extract');
    expect(choiceFor('folder', '/d', null, '/')).toBe('/d');
    expect(choiceFor('either', '/d', file, '/')).toBe('/d/patients.csv');
    expect(choiceFor('either', '/d', null, '/')).toBe('/d');
  });

  it('starts browsing at an absolute path typed so far, not at a relative one', () => {
    expect(startFolderFor(' /data/export.csv ')).toBe('/data/export.csv');
    expect(startFolderFor('C:\\Exports')).toBe('C:\\Exports');
    expect(startFolderFor('source')).toBeUndefined();
    expect(startFolderFor('')).toBeUndefined();
  });
});
