import { describe, expect, it } from 'vitest';
import { SUBSTAGES } from '../../../../../preload/contract';
import { letterBit, patientLetter, recordLetter, type RecordLetter } from '../../../../../main/engine/simulate/record-fates';
import type { UnitTrace } from '../../../../../main/engine/simulate/run-strategy';
import { DEFECT_KINDS } from '../../../../../main/engine/synth/defects';
import { NO_DEFECT } from '../../../../../main/engine/simulate/workload';

const at = (s: (typeof SUBSTAGES)[number]) => SUBSTAGES.indexOf(s);
const unit = (change: Partial<UnitTrace>): UnitTrace => ({
  batches: [], records: 10, state: 'done', startedAt: 0, committedAt: 50, settledAt: 60, reached: SUBSTAGES.length - 1, failedIn: null, ...change,
});
const invalidNhs = DEFECT_KINDS.indexOf('invalid_nhs_number'); // refused at validate.business_rules
const duplicate = DEFECT_KINDS.indexOf('duplicate_patient'); // only warns
const mask = (...letters: RecordLetter[]) => letters.reduce((m, l) => m | letterBit(l), 0);

describe('recordLetter', () => {
  it('follows a loaded batch through time: waiting, in progress, then loaded, refused or warned', () => {
    const done = unit({ startedAt: 10 });
    expect(recordLetter(done, NO_DEFECT, 5)).toBe('w');
    expect(recordLetter(done, NO_DEFECT, 30)).toBe('p');
    expect(recordLetter(done, NO_DEFECT, 60)).toBe('c');
    expect(recordLetter(done, invalidNhs, Infinity)).toBe('r');
    expect(recordLetter(done, duplicate, Infinity)).toBe('a');
  });

  it('keeps a record refused before its batch failed refused; the rest of the batch failed', () => {
    const failed = unit({ state: 'failed', failedIn: at('load.production'), reached: at('load.staging'), committedAt: null });
    expect(recordLetter(failed, invalidNhs, Infinity)).toBe('r');
    expect(recordLetter(failed, NO_DEFECT, Infinity)).toBe('f');
    const early = unit({ state: 'failed', failedIn: at('transform.map'), reached: at('transform.parse'), committedAt: null });
    expect(recordLetter(early, invalidNhs, Infinity)).toBe('f');
  });

  it('counts a batch halted after it reached production as loaded, one halted before as halted', () => {
    expect(recordLetter(unit({ state: 'halted', reached: at('load.production') }), NO_DEFECT, Infinity)).toBe('c');
    expect(recordLetter(unit({ state: 'halted', committedAt: null, reached: at('validate.schema_check') }), NO_DEFECT, Infinity)).toBe('h');
    expect(recordLetter(unit({ state: 'halted', startedAt: null, committedAt: null, reached: -1, settledAt: 40 }), NO_DEFECT, Infinity)).toBe('h');
  });

  it('rolls a big bang back: in progress until the rollback ends, then rolled back', () => {
    const rolled = unit({ state: 'rolled_back', settledAt: 200, committedAt: null, reached: at('transform.parse'), failedIn: at('transform.map') });
    expect(recordLetter(rolled, NO_DEFECT, 150)).toBe('p');
    expect(recordLetter(rolled, NO_DEFECT, 200)).toBe('b');
  });
});

describe('patientLetter', () => {
  it('calls a patient whole only when they and all their activity loaded', () => {
    expect(patientLetter('c', mask('c', 'c'))).toBe('c');
    expect(patientLetter('c', mask('c', 'a'))).toBe('a');
    expect(patientLetter('a', 0)).toBe('a');
  });

  it('calls a loaded patient with refused or failed activity partly migrated', () => {
    expect(patientLetter('c', mask('c', 'r'))).toBe('x');
    expect(patientLetter('c', mask('f'))).toBe('x');
    expect(patientLetter('a', mask('h'))).toBe('x');
  });

  it('names why a patient record did not make it, and puts waiting and progress first', () => {
    expect(patientLetter('r', mask('c'))).toBe('r');
    expect(patientLetter('f', 0)).toBe('f');
    expect(patientLetter('w', mask('w'))).toBe('w');
    expect(patientLetter('c', mask('w'))).toBe('p');
    expect(patientLetter('c', mask('b'))).toBe('b');
  });
});
