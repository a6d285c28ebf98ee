import { afterEach, describe, expect, it } from 'vitest';
import { RunStore } from '../../../../main/store/run-store';
import { cleanTempDirs, tempDir } from '../../helpers/temp-project';

afterEach(cleanTempDirs);

describe('run store locators', () => {
  it('keeps file and line for text sources and message and segment for message formats', () => {
    const store = RunStore.open(tempDir());
    store.createRun('r1', ['PID'], { dryRun: false });
    const base = { table: 'PID', field: 'PID_5_1', rule: 'required', severity: 'error' as const, message: 'PID_5_1 is required', key: null };
    store.recordIssues('r1', [
      { ...base, file: 'hl7/adt.hl7', line: null, sourceMessage: 'MSG00001', sourceSegment: 'PID' },
      { ...base, file: 'source/patients.csv', line: 7 },
    ]);
    store.recordRejects('r1', 'PID', [{ file: 'hl7/adt.hl7', line: null, key: null, sourceMessage: 'MSG00001', sourceSegment: 'PID', reasons: ['required PID_5_1'] }]);
    const issues = store.getRun('r1').issues.map((i) => i.locator);
    expect(issues).toEqual([
      { file: 'hl7/adt.hl7', message: 'MSG00001', segment: 'PID' },
      { file: 'source/patients.csv', line: 7 },
    ]);
    const reject = store.db.prepare('SELECT source_file, source_line, source_message, source_segment, reasons FROM rejects').get();
    expect(reject).toEqual({ source_file: 'hl7/adt.hl7', source_line: null, source_message: 'MSG00001', source_segment: 'PID', reasons: 'required PID_5_1' });
    store.close();
  });
});
