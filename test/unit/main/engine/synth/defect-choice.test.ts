import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../../../main/engine/errors';
import { DefectChooser, checkDefectWeights, type DefectWeights } from '../../../../../main/engine/synth/defect-choice';
import { DEFECT_KINDS } from '../../../../../main/engine/synth/defects';
import { Prng } from '../../../../../main/engine/synth/prng';

type Seen = Record<'patient' | 'quiet' | 'admission' | 'open' | 'appointment' | 'diagnosis', Set<string | null>>;

/** Every kind the chooser picks over many draws at rate 1, per kind of record. */
function kindsChosen(weights?: DefectWeights): Seen {
  const chooser = new DefectChooser(1, weights);
  const rng = new Prng(11);
  const seen: Seen = { patient: new Set(), quiet: new Set(), admission: new Set(), open: new Set(), appointment: new Set(), diagnosis: new Set() };
  for (let i = 0; i < 4000; i++) {
    seen.patient.add(chooser.patient(rng, false));
    seen.quiet.add(chooser.patient(rng, true));
    seen.admission.add(chooser.admission(rng, true));
    seen.open.add(chooser.admission(rng, false));
    seen.appointment.add(chooser.appointment(rng));
    seen.diagnosis.add(chooser.diagnosis(rng));
  }
  return seen;
}

describe('DefectChooser', () => {
  it('chooses nothing at rate 0 and something at rate 1', () => {
    const rng = new Prng(6);
    const never = new DefectChooser(0);
    const always = new DefectChooser(1);
    for (let i = 0; i < 500; i++) {
      expect(never.patient(rng, true)).toBeNull();
      expect(never.admission(rng, true)).toBeNull();
      expect(never.appointment(rng)).toBeNull();
      expect(never.diagnosis(rng)).toBeNull();
      expect(always.patient(rng, true)).not.toBeNull();
    }
  });

  it('never puts a future birth on an active patient nor reverses an open spell', () => {
    const seen = kindsChosen();
    expect(seen.patient.has('future_birth_date')).toBe(false);
    expect(seen.quiet.has('future_birth_date')).toBe(true);
    expect(seen.open.has('discharge_before_admission')).toBe(false);
    expect(seen.open.has('orphan_admission')).toBe(true);
  });

  it('draws exactly as the defaults when the weights given are the defaults or none', () => {
    const defaults = new DefectChooser(0.5);
    const same = new DefectChooser(0.5, { missing_nhs_number: 4, orphan_diagnosis: 2, future_birth_date: 6 });
    const a = new Prng(3);
    const b = new Prng(3);
    for (let i = 0; i < 2000; i++) {
      expect(same.patient(b, i % 3 === 0)).toBe(defaults.patient(a, i % 3 === 0));
      expect(same.diagnosis(b)).toBe(defaults.diagnosis(a));
    }
  });

  it('switches kinds off with 0, and a weight shifts the share of a kind', () => {
    const off = kindsChosen({ invalid_date: 0, duplicate_patient: 0, orphan_admission: 0 });
    for (const set of Object.values(off)) {
      expect(set.has('invalid_date')).toBe(false);
      expect(set.has('duplicate_patient')).toBe(false);
      expect(set.has('orphan_admission')).toBe(false);
    }
    expect(off.patient.has('missing_nhs_number')).toBe(true);

    const rng = new Prng(8);
    const heavy = new DefectChooser(1, { orphan_diagnosis: 99 });
    let orphans = 0;
    for (let i = 0; i < 1000; i++) if (heavy.diagnosis(rng) === 'orphan_diagnosis') orphans++;
    // Default odds are 2:1; at 99:1 nearly every diagnosis defect is an orphan.
    expect(orphans).toBeGreaterThan(950);
  });

  it('gives a record nothing when no kind it can carry is on, and only the chosen kinds elsewhere', () => {
    const only: DefectWeights = { ...allOff(), invalid_nhs_number: 1, orphan_admission: 2 };
    const seen = kindsChosen(only);
    expect([...seen.patient]).toEqual(['invalid_nhs_number']);
    expect([...seen.quiet]).toEqual(['invalid_nhs_number']);
    expect([...seen.admission]).toEqual(['orphan_admission']);
    expect([...seen.appointment]).toEqual([null]);
    expect([...seen.diagnosis]).toEqual([null]);
    const none = kindsChosen(allOff());
    for (const set of Object.values(none)) expect([...set]).toEqual([null]);
  });
});

function allOff(): DefectWeights {
  return Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, 0]));
}

describe('checkDefectWeights', () => {
  it('answers the weights in the order kinds are reported', () => {
    expect(Object.keys(checkDefectWeights({ orphan_admission: 2, invalid_nhs_number: 1 }))).toEqual(['invalid_nhs_number', 'orphan_admission']);
    expect(checkDefectWeights({})).toEqual({});
  });

  it('rejects unknown kinds and weights that are not numbers of 0 or more, naming the kind', () => {
    const cases: [unknown, string][] = [
      [{ bad_nhs: 1 }, 'defectKinds.bad_nhs'],
      [{ invalid_nhs_number: -1 }, 'defectKinds.invalid_nhs_number'],
      [{ invalid_nhs_number: Number.NaN }, 'defectKinds.invalid_nhs_number'],
      [{ invalid_nhs_number: '2' }, 'defectKinds.invalid_nhs_number'],
      [['invalid_nhs_number'], 'defectKinds'],
      [null, 'defectKinds'],
    ];
    for (const [value, field] of cases) {
      let error: unknown;
      try {
        checkDefectWeights(value);
      } catch (caught) {
        error = caught;
      }
      expect(isUserError(error), field).toBe(true);
      expect((error as { place: { field?: string } }).place.field).toBe(field);
    }
  });
});
