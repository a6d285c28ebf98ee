import { UserError } from '../errors';
import { DEFECT_KINDS, type DefectKind } from './defects';
import { Prng, WeightedTable } from './prng';

/**
 * Which records get a defect, and of which kind. Each kind of record has its own list of
 * the kinds it can carry, with default weights; a caller's weights replace the defaults
 * kind by kind, in every list that holds the kind, and 0 switches a kind off.
 */

/** Relative weights per defect kind, replacing the defaults; 0 switches a kind off. */
export type DefectWeights = Partial<Record<DefectKind, number>>;

type Kinds = readonly (readonly [DefectKind, number])[];

const PATIENT_KINDS: Kinds = [
  ['missing_nhs_number', 4], ['invalid_nhs_number', 4], ['missing_surname', 1.5], ['missing_date_of_birth', 1.5],
  ['invalid_date', 2], ['unmapped_sex_code', 1.5], ['unmapped_ethnic_code', 2], ['duplicate_patient', 4],
  ['encoding_damage', 1.5],
];
// A future birth date would also put the patient's own activity before birth, blaming other
// rows for one defect; so only quiet records (no activity, alive) can receive it. About one
// patient in seven is quiet, hence the larger weight.
const QUIET_PATIENT_KINDS: Kinds = [...PATIENT_KINDS, ['future_birth_date', 6]];
const ADMISSION_KINDS: Kinds = [
  ['invalid_date', 2], ['unmapped_admission_method', 3], ['orphan_admission', 2], ['discharge_before_admission', 3],
];
// Reversing a spell needs a discharge date; open spells have none.
const OPEN_ADMISSION_KINDS: Kinds = ADMISSION_KINDS.filter(([kind]) => kind !== 'discharge_before_admission');
const APPOINTMENT_KINDS: Kinds = [['invalid_date', 1], ['unmapped_attendance_status', 2]];
const DIAGNOSIS_KINDS: Kinds = [['orphan_diagnosis', 2], ['invalid_date', 1]];

/** The kinds of a list with the caller's weights applied, or null when every one is switched off. */
function weightedKinds(kinds: Kinds, weights: DefectWeights): WeightedTable<DefectKind> | null {
  const entries = kinds.map(([kind, weight]) => [kind, weights[kind] ?? weight] as const);
  return entries.some(([, weight]) => weight > 0) ? new WeightedTable(entries) : null;
}

/**
 * Decides, record by record, whether a defect is injected and which. A record gets one
 * with probability `rate` when at least one kind it can carry is switched on. Without
 * weights the draws are exactly those of the default lists, so output does not change.
 */
export class DefectChooser {
  private readonly patients: WeightedTable<DefectKind> | null;
  private readonly quietPatients: WeightedTable<DefectKind> | null;
  private readonly admissions: WeightedTable<DefectKind> | null;
  private readonly openAdmissions: WeightedTable<DefectKind> | null;
  private readonly appointments: WeightedTable<DefectKind> | null;
  private readonly diagnoses: WeightedTable<DefectKind> | null;

  /** Prepares the lists for one dataset; `weights` should have passed {@link checkDefectWeights}. */
  constructor(
    private readonly rate: number,
    weights: DefectWeights = {},
  ) {
    this.patients = weightedKinds(PATIENT_KINDS, weights);
    this.quietPatients = weightedKinds(QUIET_PATIENT_KINDS, weights);
    this.admissions = weightedKinds(ADMISSION_KINDS, weights);
    this.openAdmissions = weightedKinds(OPEN_ADMISSION_KINDS, weights);
    this.appointments = weightedKinds(APPOINTMENT_KINDS, weights);
    this.diagnoses = weightedKinds(DIAGNOSIS_KINDS, weights);
  }

  /** A patient row's defect; `quietRecord` is a living patient with no activity. */
  patient(rng: Prng, quietRecord: boolean): DefectKind | null {
    return this.choose(rng, quietRecord ? this.quietPatients : this.patients);
  }

  /** An admission row's defect; only a `discharged` spell can be reversed. */
  admission(rng: Prng, discharged: boolean): DefectKind | null {
    return this.choose(rng, discharged ? this.admissions : this.openAdmissions);
  }

  /** An outpatient appointment row's defect. */
  appointment(rng: Prng): DefectKind | null {
    return this.choose(rng, this.appointments);
  }

  /** A diagnosis row's defect. */
  diagnosis(rng: Prng): DefectKind | null {
    return this.choose(rng, this.diagnoses);
  }

  private choose(rng: Prng, kinds: WeightedTable<DefectKind> | null): DefectKind | null {
    if (kinds === null || !rng.chance(this.rate)) return null;
    return kinds.pick(rng);
  }
}

/**
 * Checks caller-given weights: an object of known kinds to numbers of 0 or more. Answers
 * them in {@link DEFECT_KINDS} order, so the manifest lists them the same way every time;
 * anything else is a UserError naming the kind (`defectKinds.<kind>`).
 */
export function checkDefectWeights(value: unknown): DefectWeights {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError('defectKinds must map defect kinds to weights', { field: 'defectKinds' });
  }
  const given = value as Record<string, unknown>;
  for (const [name, weight] of Object.entries(given)) {
    if (!(DEFECT_KINDS as readonly string[]).includes(name)) {
      throw new UserError(`unknown defect kind; the kinds are ${DEFECT_KINDS.join(', ')}`, { field: `defectKinds.${name}` });
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
      throw new UserError('a defect weight must be a number of 0 or more', { field: `defectKinds.${name}` });
    }
  }
  const weights: DefectWeights = {};
  for (const kind of DEFECT_KINDS) if (given[kind] !== undefined) weights[kind] = given[kind] as number;
  return weights;
}
