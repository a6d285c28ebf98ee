import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { hl7IdentifyingField } from '../../../../../../main/engine/connectors/hl7v2/identifying-fields';
import { profileProject } from '../../../../../../main/engine/profile/profile-project';
import { cleanTempDirs, tempDir } from '../../../../helpers/temp-project';

afterEach(cleanTempDirs);

const HL7 = fileURLToPath(new URL('../../../../../fixtures/shared-data/hl7v2', import.meta.url));

describe('identifying HL7 v2 fields', () => {
  it.each([
    ['PID_3_1', 'local_identifier'],
    ['PID_5_1', 'person_name'],
    ['PID_5_1_r2', 'person_name'],
    ['PID_7_1', 'birth_date'],
    ['PID_11_1', 'address'],
    ['PID_11_5', 'postcode'],
    ['PID_13_1', 'phone'],
    ['PID_19_1', 'local_identifier'],
    ['NK1_2_1', 'person_name'],
    ['MRG_1_1', 'local_identifier'],
    ['IN1_18_1', 'birth_date'],
  ])('%s is %s', (column, flag) => expect(hl7IdentifyingField('any', column)).toBe(flag));

  it.each(['message_id', 'segment_index', 'PID_8_1', 'PID_10_1', 'MSH_7_1', 'PV1_2_1', 'DG1_3_1', 'OBX_5_1'])('%s is not identifying', (column) =>
    expect(hl7IdentifyingField('any', column)).toBeNull(),
  );

  it('flags the sample PID names, birth dates and addresses in a profile', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'project.yaml'),
      `name: hl7\nversion: 1\nsources:\n  - id: adt\n    type: hl7v2\n    path: ${HL7}\ntarget:\n  type: sqlite\n  path: t.db\n  catalog: builtin:pas-load\n`,
    );
    const { profile } = await profileProject(dir, { tables: ['PID'], store: false });
    const flags = Object.fromEntries(profile.tables[0]!.columns.map((c) => [c.name, c.flags]));
    expect(flags.PID_5_1).toContain('person_name');
    expect(flags.PID_7_1).toContain('birth_date');
    expect(flags.PID_11_1).toContain('address');
    expect(flags.PID_8_1).toEqual([]);
    const family = profile.tables[0]!.columns.find((c) => c.name === 'PID_5_1')!;
    expect(family.min).not.toBe('EVERYMAN');
  });
});
