import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetsDir } from '../../../../../../main/engine/assets';
import { isUserError } from '../../../../../../main/engine/errors';
import {
  LIBRARY_CROSSWALKS, libraryCrosswalkPath, listLibraryCrosswalks, loadLibraryCrosswalk,
} from '../../../../../../main/engine/mapping/crosswalk-library/library';
import { readCsvFile } from '../../../../../../main/engine/mapping/read-csv-file';

const SYNTHEA = fileURLToPath(new URL('../../../../../fixtures/shared-data/synthea-csv-27', import.meta.url));
const LIBRARY_DIR = join(assetsDir(), 'crosswalks');

/** The target codes each file may use, written out so that a typo in a CSV shows up. */
const TARGETS: Record<string, string[]> = {
  'nhs-person-stated-gender': ['1', '2', '9', 'X'],
  'nhs-person-gender-code-current': ['0', '1', '2', '9'],
  'nhs-ethnic-category': ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'Z', '99'],
  'nhs-marital-status': ['S', 'M', 'D', 'W', 'P', 'N', '8', '9'],
  'nhs-admission-method': ['11', '12', '13', '21', '22', '23', '24', '25', '2A', '2B', '2C', '2D', '31', '32', '81', '82', '83'],
  'omop-gender': ['8507', '8532', '0'],
  'omop-race': ['8527', '8516', '8515', '8657', '8557', '0'],
  'omop-ethnicity': ['38003563', '38003564', '0'],
  'omop-visit': ['9201', '9202', '9203', '262'],
};

/** Looks a source code up the way a load does: exactly. */
function lookup(id: string, source: string): string | undefined {
  return loadLibraryCrosswalk(id).rows.find((r) => r.source === source)?.target;
}

function distinctValues(file: string, column: string): string[] {
  return [...new Set(readCsvFile(join(SYNTHEA, file), file).rows.map((r) => r.values[column] ?? ''))].filter((v) => v !== '').sort();
}

describe('LIBRARY_CROSSWALKS', () => {
  it('lists every CSV in assets/crosswalks once, each under its own id', () => {
    const ids = LIBRARY_CROSSWALKS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of LIBRARY_CROSSWALKS) expect(entry.file).toBe(`${entry.id}.csv`);
    const files = readdirSync(LIBRARY_DIR).filter((f) => f.endsWith('.csv')).sort();
    expect(LIBRARY_CROSSWALKS.map((e) => e.file).sort()).toEqual(files);
    expect(Object.keys(TARGETS).sort()).toEqual([...ids].sort());
  });

  it('gives each entry a label, a standard and a one-line description', () => {
    for (const entry of LIBRARY_CROSSWALKS) {
      expect(entry.label.length).toBeGreaterThan(5);
      expect(entry.standard).toMatch(/^(NHS Data Dictionary|OMOP standard concepts): /);
      expect(entry.description).not.toContain('\n');
    }
  });

  it.each(LIBRARY_CROSSWALKS.map((e) => [e.id, e.file]))('%s parses, with one target per source code and only known targets', (id, file) => {
    const table = readCsvFile(join(LIBRARY_DIR, file), file);
    expect(table.header).toEqual(['source_code', 'target_code', 'description']);
    const sources = table.rows.map((r) => r.values.source_code!);
    expect(sources.filter((s, i) => sources.indexOf(s) !== i)).toEqual([]);
    for (const { values } of table.rows) {
      expect(values.source_code).toBe(values.source_code!.trim());
      expect(values.source_code).not.toBe('');
      expect(TARGETS[id]).toContain(values.target_code);
      expect(values.description!.trim()).not.toBe('');
    }
    // Every target is reachable, and each is described the same way on every row.
    const descriptions = new Map<string, Set<string>>();
    for (const { values } of table.rows) descriptions.set(values.target_code!, (descriptions.get(values.target_code!) ?? new Set()).add(values.description!));
    expect([...descriptions.keys()].sort()).toEqual([...TARGETS[id]!].sort());
    for (const [, seen] of descriptions) expect(seen.size).toBe(1);
  });
});

describe('listLibraryCrosswalks', () => {
  it('lists the registry in order with the number of source codes in each file', () => {
    const listed = listLibraryCrosswalks();
    expect(listed.map((l) => l.id)).toEqual(LIBRARY_CROSSWALKS.map((e) => e.id));
    for (const item of listed) {
      const file = LIBRARY_CROSSWALKS.find((e) => e.id === item.id)!.file;
      expect(item.codes).toBe(readCsvFile(join(LIBRARY_DIR, file), file).rows.length);
      expect(item.codes).toBeGreaterThanOrEqual(TARGETS[item.id]!.length);
      expect(item.standard).toBe(LIBRARY_CROSSWALKS.find((e) => e.id === item.id)!.standard);
    }
  });
});

describe('loadLibraryCrosswalk', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('translates the spellings legacy exports use', () => {
    expect(lookup('nhs-person-stated-gender', 'Male')).toBe('1');
    expect(lookup('nhs-person-stated-gender', 'F')).toBe('2');
    expect(lookup('nhs-person-stated-gender', 'U')).toBe('X');
    expect(lookup('nhs-person-gender-code-current', 'U')).toBe('0');
    expect(lookup('nhs-person-gender-code-current', 'I')).toBe('9');
    expect(lookup('nhs-ethnic-category', 'WB')).toBe('A');
    expect(lookup('nhs-ethnic-category', 'Indian')).toBe('H');
    expect(lookup('nhs-ethnic-category', 'Asian or Asian British - Any other Asian background')).toBe('L');
    expect(lookup('nhs-ethnic-category', 'NS')).toBe('Z');
    expect(lookup('nhs-marital-status', 'Widowed')).toBe('W');
    expect(lookup('nhs-marital-status', 'Unknown')).toBe('9');
    expect(lookup('nhs-admission-method', 'Ante partum')).toBe('31');
    expect(lookup('nhs-admission-method', '2B')).toBe('2B');
    expect(lookup('omop-gender', 'M')).toBe('8507');
    expect(lookup('omop-gender', 'female')).toBe('8532');
    expect(lookup('omop-gender', 'Unknown')).toBe('0');
  });

  it('leaves out source codes that mean different things in different systems', () => {
    expect(lookup('nhs-person-stated-gender', 'X')).toBeUndefined();
    expect(lookup('nhs-marital-status', 'U')).toBeUndefined();
    expect(lookup('nhs-admission-method', '28')).toBeUndefined();
    expect(lookup('nhs-admission-method', 'EL')).toBeUndefined();
  });

  it('maps every Synthea RACE, ETHNICITY and GENDER in the fixture to an OMOP concept', () => {
    const races = distinctValues('patients.csv', 'RACE');
    expect(races.length).toBeGreaterThan(1);
    for (const race of races) expect(lookup('omop-race', race), race).toBeDefined();
    expect(lookup('omop-race', 'white')).toBe('8527');
    expect(lookup('omop-race', 'black')).toBe('8516');
    expect(lookup('omop-race', 'asian')).toBe('8515');
    expect(lookup('omop-race', 'native')).toBe('8657');
    expect(lookup('omop-race', 'hawaiian')).toBe('8557');
    expect(lookup('omop-race', 'other')).toBe('0');
    const ethnicities = distinctValues('patients.csv', 'ETHNICITY');
    expect(ethnicities).toEqual(['hispanic', 'nonhispanic']);
    expect(ethnicities.map((e) => lookup('omop-ethnicity', e))).toEqual(['38003563', '38003564']);
    for (const gender of distinctValues('patients.csv', 'GENDER')) expect(['8507', '8532']).toContain(lookup('omop-gender', gender));
  });

  it('maps every Synthea ENCOUNTERCLASS in the fixture to a visit concept, as ETL-Synthea does', () => {
    const classes = distinctValues('encounters.csv', 'ENCOUNTERCLASS');
    expect(classes.length).toBeGreaterThan(3);
    for (const encounterClass of classes) expect(lookup('omop-visit', encounterClass), encounterClass).toBeDefined();
    expect(['ambulatory', 'wellness', 'outpatient'].map((c) => lookup('omop-visit', c))).toEqual(['9202', '9202', '9202']);
    expect(['emergency', 'urgentcare'].map((c) => lookup('omop-visit', c))).toEqual(['9203', '9203']);
    expect(lookup('omop-visit', 'inpatient')).toBe('9201');
  });

  it('returns the id, label and trimmed rows', () => {
    const loaded = loadLibraryCrosswalk('omop-ethnicity');
    expect(loaded.id).toBe('omop-ethnicity');
    expect(loaded.label).toBe(LIBRARY_CROSSWALKS.find((e) => e.id === 'omop-ethnicity')!.label);
    expect(loaded.rows[0]).toEqual({ source: 'hispanic', target: '38003563', description: 'Hispanic or Latino' });
  });

  it('is NOT_FOUND for an unknown id', () => {
    let thrown: unknown;
    try {
      loadLibraryCrosswalk('no-such-crosswalk');
    } catch (error) {
      thrown = error;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as { code: string }).code).toBe('NOT_FOUND');
    expect((thrown as Error).message).toContain('no-such-crosswalk');
    expect(() => libraryCrosswalkPath('no-such-crosswalk')).toThrow(/no-such-crosswalk/);
  });

  it('reads from the assets folder the host names, as bundled hosts do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosswalk-library-'));
    try {
      cpSync(LIBRARY_DIR, join(dir, 'crosswalks'), { recursive: true });
      writeFileSync(join(dir, 'crosswalks', 'omop-visit.csv'), 'source_code,target_code,description\nIP,9201,Inpatient Visit\n');
      vi.stubEnv('CUTOVER_ASSETS_DIR', dir);
      expect(libraryCrosswalkPath('omop-visit')).toBe(join(dir, 'crosswalks', 'omop-visit.csv'));
      expect(loadLibraryCrosswalk('omop-visit').rows).toEqual([{ source: 'IP', target: '9201', description: 'Inpatient Visit' }]);
      expect(listLibraryCrosswalks().find((l) => l.id === 'omop-visit')!.codes).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
