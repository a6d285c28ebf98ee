import { ageInYears, weekday } from './calendar';
import { drawDiagnoses } from './clinical-codes';
import {
  ATTENDANCE_TABLE, DAY_SURGERY_WARD, NEONATAL_WARD, NON_MATERNITY_METHODS, SPECIALTY_UNITS, type AdmissionMethod,
  type ConsultantPool, type Specialty,
} from './code-sets';
import type { Person } from './person';
import { Prng, WeightedTable } from './prng';

/**
 * A person's hospital activity: inpatient spells with their diagnoses, and outpatient
 * appointments. Everything falls between registration and death (or the reference
 * date), spells do not overlap, and what is recorded suits the patient's age and sex.
 */

/** One inpatient spell as it should have been recorded. */
export interface AdmissionPlan {
  admitDay: number;
  admitMinutes: number;
  /** Null for a patient still in hospital on the reference date. */
  dischargeDay: number | null;
  method: AdmissionMethod;
  specialty: Specialty;
  ward: string;
  consultant: string;
  /** ICD-10 codes, primary first. */
  diagnoses: string[];
  /** When clinical coding recorded the diagnoses: at discharge, or at admission for an open spell. */
  recordedDay: number;
}

/** One outpatient appointment as it should have been recorded. */
export interface AppointmentPlan {
  day: number;
  minutes: number;
  clinic: string;
  specialty: Specialty;
  status: string;
}

/** Shared inputs for drawing activity. */
export interface ActivityContext {
  referenceDay: number;
  consultants: ConsultantPool;
}

const counts = (weights: readonly number[]): WeightedTable<number> =>
  new WeightedTable(weights.map((weight, count) => [count, weight] as const));

const ADMISSIONS_CHILD = counts([55, 30, 10, 4, 1]);
const ADMISSIONS_ADULT = counts([50, 28, 13, 6, 3]);
const ADMISSIONS_OLDER = counts([30, 30, 20, 12, 8]);
const APPOINTMENTS_YOUNGER = counts([30, 20, 17, 13, 9, 6, 5]);
const APPOINTMENTS_OLDER = counts([18, 17, 17, 16, 13, 10, 9]);
const DIAGNOSES_CHILD = new WeightedTable([[1, 70], [2, 20], [3, 7], [4, 3]] as const);
const DIAGNOSES_ADULT = new WeightedTable([[1, 40], [2, 30], [3, 18], [4, 12]] as const);

/** Specialty weights for an admission or appointment, by who can be seen there. */
function specialtyTable(entries: readonly (readonly [Specialty, number])[], female: boolean): WeightedTable<Specialty> {
  return new WeightedTable(entries.filter(([specialty]) => female || specialty !== '502'));
}
const EMERGENCY: readonly (readonly [Specialty, number])[] = [
  ['300', 35], ['100', 14], ['110', 15], ['320', 12], ['340', 10], ['400', 6], ['101', 4], ['502', 4],
];
const PLANNED: readonly (readonly [Specialty, number])[] = [
  ['100', 20], ['110', 20], ['101', 14], ['320', 8], ['340', 5], ['400', 4], ['300', 6], ['502', 12],
];
const OUTPATIENT: readonly (readonly [Specialty, number])[] = [
  ['100', 12], ['101', 10], ['110', 18], ['300', 10], ['320', 14], ['340', 10], ['400', 8], ['502', 10],
];
const CHILD: readonly (readonly [Specialty, number])[] = [['420', 80], ['110', 10], ['100', 10]];
// Each pair is indexed 1 for female patients, 0 otherwise: only women are seen in gynaecology.
const SPECIALTY_TABLES = {
  emergency: [specialtyTable(EMERGENCY, false), specialtyTable(EMERGENCY, true)],
  planned: [specialtyTable(PLANNED, false), specialtyTable(PLANNED, true)],
  outpatient: [specialtyTable(OUTPATIENT, false), specialtyTable(OUTPATIENT, true)],
  child: [specialtyTable(CHILD, false), specialtyTable(CHILD, true)],
} as const;

/** Mothers in this dataset are 16–45; only they have maternity spells and antenatal clinics. */
function canBePregnant(person: Person, age: number): boolean {
  return person.sex === 'F' && age >= 16 && age <= 45;
}

/** Sorted days drawn uniformly from [start, end]. */
function drawDays(rng: Prng, count: number, start: number, end: number): number[] {
  const days: number[] = [];
  for (let i = 0; i < count; i++) days.push(rng.int(start, end));
  return days.sort((x, y) => x - y);
}

/** Draws a person's inpatient spells, oldest first. */
export function drawAdmissions(rng: Prng, person: Person, context: ActivityContext): AdmissionPlan[] {
  const end = person.deathDay ?? context.referenceDay;
  const ageNow = ageInYears(person.birthDay, end);
  const countTable = ageNow < 16 ? ADMISSIONS_CHILD : ageNow < 65 ? ADMISSIONS_ADULT : ADMISSIONS_OLDER;
  const days = drawDays(rng, countTable.pick(rng), person.registeredDay, end);
  const female = person.sex === 'F' ? 1 : 0;
  const plans: AdmissionPlan[] = [];
  for (let i = 0; i < days.length; i++) {
    const admitDay = days[i]!;
    const age = ageInYears(person.birthDay, admitDay);
    let method: AdmissionMethod;
    let specialty: Specialty;
    if (canBePregnant(person, age) && rng.chance(0.22)) {
      method = 'MA';
      specialty = '501';
    } else {
      method = NON_MATERNITY_METHODS.pick(rng);
      const table = age < 16 ? SPECIALTY_TABLES.child : method === 'EM' ? SPECIALTY_TABLES.emergency : SPECIALTY_TABLES.planned;
      specialty = table[female]!.pick(rng);
    }
    const dayCase = method === 'EL' && rng.chance(0.55);
    const stay = dayCase ? 0 : drawStay(rng, method, age);
    const limit = days[i + 1] ?? end;
    let dischargeDay: number | null = Math.min(admitDay + stay, limit);
    // Past the reference date a living patient is still on the ward: the spell is open.
    if (i === days.length - 1 && person.deathDay === null && admitDay + stay > context.referenceDay) dischargeDay = null;
    plans.push({
      admitDay,
      admitMinutes: drawAdmitMinutes(rng, method),
      dischargeDay,
      method,
      specialty,
      ward: dayCase ? DAY_SURGERY_WARD : drawWard(rng, specialty, age),
      consultant: context.consultants.pick(rng, specialty),
      diagnoses: drawDiagnoses(rng, specialty, person.sex, age, (age < 16 ? DIAGNOSES_CHILD : DIAGNOSES_ADULT).pick(rng)),
      recordedDay: dischargeDay ?? admitDay,
    });
  }
  return plans;
}

function drawWard(rng: Prng, specialty: Specialty, age: number): string {
  if (specialty === '420' && age === 0 && rng.chance(0.6)) return NEONATAL_WARD;
  return rng.pick(SPECIALTY_UNITS[specialty].wards);
}

/** Length of stay in days: emergencies have a long tail, longer still for the very old. */
function drawStay(rng: Prng, method: AdmissionMethod, age: number): number {
  switch (method) {
    case 'EL':
      return rng.int(1, 5);
    case 'MA':
      return rng.int(0, 3);
    case 'TR':
      return rng.int(2, 20);
    case 'OT':
      return rng.int(0, 7);
    default: {
      const mean = age >= 75 ? 7 : 4;
      return Math.min(60, Math.floor(-Math.log(1 - rng.float()) * mean));
    }
  }
}

/** Planned patients arrive in the morning; emergencies at any hour, mostly by day. */
function drawAdmitMinutes(rng: Prng, method: AdmissionMethod): number {
  if (method === 'EL') return rng.int(28, 42) * 15;
  return rng.chance(0.7) ? rng.int(8 * 60, 22 * 60 - 1) : rng.below(24 * 60);
}

/** Draws a person's outpatient appointments, oldest first, on weekdays. */
export function drawAppointments(rng: Prng, person: Person, context: ActivityContext): AppointmentPlan[] {
  const start = person.registeredDay;
  const end = person.deathDay ?? context.referenceDay;
  const ageNow = ageInYears(person.birthDay, end);
  const count = (ageNow < 65 ? APPOINTMENTS_YOUNGER : APPOINTMENTS_OLDER).pick(rng);
  const days = drawDays(rng, count, start, end).map((day) => toWeekday(day, start, end));
  days.sort((x, y) => x - y);
  const female = person.sex === 'F' ? 1 : 0;
  return days.map((day) => {
    const age = ageInYears(person.birthDay, day);
    let specialty: Specialty;
    if (age < 16) specialty = SPECIALTY_TABLES.child[female]!.pick(rng);
    else if (canBePregnant(person, age) && rng.chance(0.12)) specialty = '501';
    else specialty = SPECIALTY_TABLES.outpatient[female]!.pick(rng);
    return {
      day,
      minutes: rng.int(34, 67) * 15,
      clinic: rng.pick(SPECIALTY_UNITS[specialty].clinics),
      specialty,
      status: ATTENDANCE_TABLE.pick(rng),
    };
  });
}

/** Moves a weekend day to the Monday after, or the Friday before if that would pass `end`. */
function toWeekday(day: number, start: number, end: number): number {
  const dow = weekday(day);
  if (dow < 5) return day;
  const monday = day + (7 - dow);
  if (monday <= end) return monday;
  const friday = day - (dow - 4);
  return friday >= start ? friday : day;
}
