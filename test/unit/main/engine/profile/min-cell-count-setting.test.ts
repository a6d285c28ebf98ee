import { afterEach, describe, expect, it } from 'vitest';
import { scanCrosswalk } from '../../../../../main/engine/mapping/crosswalk-scan';
import { profileProject } from '../../../../../main/engine/profile/profile-project';
import { editSettings } from '../../../../../main/engine/project/edit-settings';
import { cleanTempDirs, demoProjectWith, patientRow } from '../../../helpers/temp-project';
import { cli } from '../../cli/cli-helpers';

afterEach(cleanTempDirs);

// 20 F, 7 M, 3 U: U is under the default minimum of 5, M under 8.
const sexes = Array.from({ length: 30 }, (_, i) => (i < 20 ? 'F' : i < 27 ? 'M' : 'U'));
const rows = sexes.map((sex, i) => patientRow(`P${String(i + 1).padStart(7, '0')}`, { sex }));

async function sexTop(dir: string) {
  const { profile } = await profileProject(dir, { tables: ['patients'], store: false });
  return { minCellCount: profile.minCellCount, top: profile.tables[0]!.columns.find((c) => c.name === 'sex')!.top };
}

describe("the project's privacy.minCellCount", () => {
  it('decides what a profile suppresses: 5 by default, the setting once it is set', async () => {
    const dir = demoProjectWith({ patients: rows });
    expect(await sexTop(dir)).toEqual({ minCellCount: 5, top: [{ value: 'F', count: 20 }, { value: 'M', count: 7 }] });
    editSettings(dir, { privacy: { minCellCount: 2 } });
    expect(await sexTop(dir)).toEqual({ minCellCount: 2, top: [{ value: 'F', count: 20 }, { value: 'M', count: 7 }, { value: 'U', count: 3 }] });
    editSettings(dir, { privacy: { minCellCount: 8 } });
    expect(await sexTop(dir)).toEqual({ minCellCount: 8, top: [{ value: 'F', count: 20 }] });
  });

  it('is what cutover profile exports, unless --min-cell-count says otherwise for the one scan', async () => {
    const dir = demoProjectWith({ patients: rows });
    editSettings(dir, { privacy: { minCellCount: 8 } });
    const exported = JSON.parse((await cli('profile', dir, '--json', '--table', 'patients')).out);
    expect(exported.minCellCount).toBe(8);
    expect(exported.tables[0].columns.find((c: { name: string }) => c.name === 'sex').top).toEqual([{ value: 'F', count: 20 }]);
    const overridden = JSON.parse((await cli('profile', dir, '--json', '--table', 'patients', '--min-cell-count', '2')).out);
    expect(overridden.minCellCount).toBe(2);
    expect(overridden.tables[0].columns.find((c: { name: string }) => c.name === 'sex').top).toHaveLength(3);
  });

  it("decides which of a crosswalk scan's code counts are shown", async () => {
    const dir = demoProjectWith({ patients: rows });
    const counts = async () => Object.fromEntries((await scanCrosswalk(dir, 'sex')).codes.map((c) => [c.code, c.rows]));
    expect(await counts()).toEqual({ F: 20, M: 7, U: null });
    editSettings(dir, { privacy: { minCellCount: 3 } });
    expect(await counts()).toEqual({ F: 20, M: 7, U: 3 });
    editSettings(dir, { privacy: { minCellCount: 10 } });
    expect(await counts()).toEqual({ F: 20, M: null, U: null });
  });
});
