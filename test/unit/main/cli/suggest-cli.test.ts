import { afterEach, describe, expect, it } from 'vitest';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../helpers/temp-project';
import { cli } from './cli-helpers';

afterEach(cleanTempDirs);

const patients = Array.from({ length: 12 }, (_, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex: i % 2 ? 'F' : 'M' }));

describe('cutover suggest', () => {
  it('profiles first when there is no profile, then lists only undecided fields', async () => {
    const dir = demoProjectWith({ patients });
    const { code, out, err } = await cli('suggest', dir, '--table', 'LOAD_PATIENT');
    expect(code).toBe(0);
    expect(err).toContain('profiling them first');
    expect(out.trim()).toBe('LOAD_PATIENT: driven from patients\n  every field is decided');
  });

  it('with --all, prints each field\'s best guesses with confidence and evidence, and never a value', async () => {
    const dir = demoProjectWith({ patients });
    await cli('profile', dir);
    const { code, out, err } = await cli('suggest', dir, '--table', 'LOAD_PATIENT', '--all', '--limit', '1');
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^ {2}given_name +\d+% {2}DIRECT_SOURCE patients\.forename {2}\(name: forename is a synonym of given_name;/m);
    expect(out).toMatch(/^ {2}sex_code +\d+% {2}LOOKUP_TRANSLATION patients\.sex via crosswalk sex/m);
    expect(out).not.toContain('Smith');
    expect(out).not.toContain('9434765919');
  });

  it('prints JSON, and exits 2 for an unknown table', async () => {
    const dir = demoProjectWith({ patients });
    const json = JSON.parse((await cli('suggest', dir, '--all', '--json')).out);
    expect(json.tables.map((t: { table: string }) => t.table)).toEqual(['LOAD_PATIENT', 'LOAD_ADMISSION', 'LOAD_OUTPATIENT', 'LOAD_DIAGNOSIS']);
    const bad = await cli('suggest', dir, '--table', 'NOPE');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no target table named "NOPE"');
  });
});
