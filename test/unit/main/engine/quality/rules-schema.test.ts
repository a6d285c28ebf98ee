import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectProject } from '../../../../../main/engine/project/inspect-project';
import { cleanTempDirs, demoProjectWith } from '../../../helpers/temp-project';

afterEach(cleanTempDirs);

async function problemsWith(rules: string) {
  const dir = demoProjectWith({});
  writeFileSync(join(dir, 'quality', 'rules.yaml'), rules);
  return (await inspectProject(dir)).problems.filter((p) => p.file === 'quality/rules.yaml');
}

describe('quality/rules.yaml', () => {
  it("accepts the demo's rules", async () => {
    const { problems, project } = await inspectProject(demoProjectWith({}));
    expect(problems).toEqual([]);
    expect(project!.rules.map((r) => r.check)).toEqual(['nhs_number', 'date_plausible', 'date_order', 'regex', 'expression', 'unique', 'completeness']);
  });

  it('names the line of an unknown check, and of a bad option', async () => {
    expect(await problemsWith('rules:\n  - id: a\n    check: nhs_numbr\n    table: LOAD_PATIENT\n    field: nhs_number\n')).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('unknown check; known checks: required, type,') }),
    ]);
    const regex = 'rules:\n  - id: a\n    check: required\n    table: LOAD_PATIENT\n    field: title\n  - id: b\n    check: regex\n    table: LOAD_PATIENT\n    field: postcode\n    pattern: "(unclosed"\n';
    expect(await problemsWith(regex)).toEqual([expect.objectContaining({ line: 10, field: 'rules.1.pattern', message: 'pattern is not a valid regular expression' })]);
  });

  it('refuses options a check does not take, duplicate ids, and a length rule without bounds', async () => {
    const problems = await problemsWith(
      'rules:\n  - id: a\n    check: required\n    table: LOAD_PATIENT\n    field: title\n    pattern: x\n  - id: a\n    check: length\n    table: LOAD_PATIENT\n    field: title\n',
    );
    expect(problems.map((p) => p.message)).toEqual(expect.arrayContaining([expect.stringContaining('pattern'), 'rule id a is used twice', 'give min, max or both']));
  });

  it('names a table or column the catalog lacks, with its line', async () => {
    const problems = await problemsWith('rules:\n  - id: a\n    check: required\n    table: LOAD_PATIENT\n    field: shoe_size\n  - id: b\n    check: unique\n    table: LOAD_WARD\n    fields: [ward]\n');
    expect(problems).toEqual([
      { file: 'quality/rules.yaml', line: 5, field: 'rules.0.field', message: 'a: LOAD_PATIENT has no column shoe_size' },
      { file: 'quality/rules.yaml', line: 8, field: 'rules.1.table', message: 'b: target table LOAD_WARD is not in the catalog' },
    ]);
  });
});
