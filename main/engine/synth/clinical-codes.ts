import { Prng, WeightedTable } from './prng';
import type { SexCode, Specialty } from './code-sets';

/**
 * ICD-10 codes (WHO 5th edition style, with the dot) that each specialty records, with
 * the sex and age limits that make them clinically possible. A diagnosis that breaks
 * these limits would be a defect in itself, so the generator never writes one. Pregnancy
 * (O) codes belong to obstetrics alone, which only maternity admissions use.
 */

/** An ICD-10 code and who can have it. */
interface Diagnosis {
  code: string;
  /** Only this sex (for U and I, sex-specific codes are never used). */
  sex?: 'M' | 'F';
  minAge?: number;
  maxAge?: number;
}

type Entry = readonly [Diagnosis, number];

const PRIMARY_BY_SPECIALTY: Readonly<Record<Specialty, readonly Entry[]>> = {
  '100': [
    [{ code: 'K35.8', maxAge: 70 }, 10], [{ code: 'K80.2', minAge: 18 }, 10], [{ code: 'K40.9' }, 8],
    [{ code: 'K56.7', minAge: 30 }, 4], [{ code: 'K57.3', minAge: 40 }, 5], [{ code: 'R10.4' }, 10],
    [{ code: 'C50.9', sex: 'F', minAge: 30 }, 5], [{ code: 'C18.9', minAge: 40 }, 3],
  ],
  '101': [
    [{ code: 'N20.0', minAge: 18 }, 10], [{ code: 'N40', sex: 'M', minAge: 45 }, 8], [{ code: 'C61', sex: 'M', minAge: 50 }, 5],
    [{ code: 'N39.0' }, 6], [{ code: 'R31' }, 6], [{ code: 'C67.9', minAge: 50 }, 3],
  ],
  '110': [
    [{ code: 'S72.0', minAge: 60 }, 8], [{ code: 'S52.5' }, 10], [{ code: 'M17.1', minAge: 45 }, 8],
    [{ code: 'M16.1', minAge: 45 }, 6], [{ code: 'S82.6' }, 6], [{ code: 'S42.2' }, 4],
  ],
  '300': [
    [{ code: 'J18.9' }, 12], [{ code: 'N39.0' }, 10], [{ code: 'I50.0', minAge: 40 }, 6], [{ code: 'E86' }, 5],
    [{ code: 'A41.9' }, 5], [{ code: 'R55' }, 6], [{ code: 'J22' }, 6], [{ code: 'F05.9', minAge: 65 }, 3],
  ],
  '320': [
    [{ code: 'I21.9', minAge: 30 }, 8], [{ code: 'I20.0', minAge: 30 }, 6], [{ code: 'I48.9', minAge: 30 }, 8],
    [{ code: 'I50.0', minAge: 40 }, 6], [{ code: 'R07.4' }, 10],
  ],
  '340': [
    [{ code: 'J44.1', minAge: 40 }, 10], [{ code: 'J45.9' }, 8], [{ code: 'J18.9' }, 8], [{ code: 'C34.9', minAge: 40 }, 4],
    [{ code: 'J84.1', minAge: 50 }, 2], [{ code: 'J93.1' }, 2],
  ],
  '400': [
    [{ code: 'G40.9' }, 8], [{ code: 'G43.9' }, 6], [{ code: 'G35', minAge: 18 }, 3], [{ code: 'I63.9', minAge: 30 }, 8],
    [{ code: 'G20', minAge: 45 }, 4], [{ code: 'G45.9', minAge: 30 }, 4],
  ],
  '420': [
    [{ code: 'J21.9', maxAge: 2 }, 8], [{ code: 'J06.9' }, 8], [{ code: 'A09.9' }, 8], [{ code: 'R56.0', maxAge: 6 }, 4],
    [{ code: 'J45.9', minAge: 2 }, 5], [{ code: 'S06.0' }, 4], [{ code: 'E10.9' }, 2], [{ code: 'P59.9', maxAge: 0 }, 4],
  ],
  '501': [
    [{ code: 'O80', sex: 'F' }, 12], [{ code: 'O82', sex: 'F' }, 6], [{ code: 'O47.0', sex: 'F' }, 3], [{ code: 'O21.0', sex: 'F' }, 2],
    [{ code: 'O24.4', sex: 'F' }, 2], [{ code: 'O13', sex: 'F' }, 2], [{ code: 'O72.1', sex: 'F' }, 2],
  ],
  '502': [
    [{ code: 'N92.0', sex: 'F', minAge: 12, maxAge: 55 }, 8], [{ code: 'D25.9', sex: 'F', minAge: 25 }, 6],
    [{ code: 'N83.2', sex: 'F', minAge: 12 }, 6], [{ code: 'N81.2', sex: 'F', minAge: 40 }, 4],
    [{ code: 'C56', sex: 'F', minAge: 40 }, 2],
  ],
};

/** Long-term conditions and risk factors recorded as secondary diagnoses. */
const SECONDARY: readonly Entry[] = [
  [{ code: 'I10', minAge: 30 }, 14], [{ code: 'E11.9', minAge: 30 }, 9], [{ code: 'E78.0', minAge: 35 }, 6],
  [{ code: 'J45.9', minAge: 3 }, 6], [{ code: 'F32.9', minAge: 14 }, 6], [{ code: 'I48.9', minAge: 50 }, 5],
  [{ code: 'N18.3', minAge: 50 }, 4], [{ code: 'E03.9', minAge: 20 }, 4], [{ code: 'F17.1', minAge: 16 }, 5],
  [{ code: 'E66.9', minAge: 10 }, 4], [{ code: 'F03', minAge: 65 }, 3], [{ code: 'M81.9', minAge: 50 }, 2],
  [{ code: 'J44.9', minAge: 40 }, 4], [{ code: 'F10.1', minAge: 16 }, 2], [{ code: 'L20.9', maxAge: 15 }, 2],
  [{ code: 'F84.0', maxAge: 30 }, 0.5], [{ code: 'Z88.0' }, 2], [{ code: 'Z92.1', minAge: 40 }, 2],
];

const PRIMARY_TABLES = new Map<Specialty, WeightedTable<Diagnosis>>(
  Object.entries(PRIMARY_BY_SPECIALTY).map(([specialty, entries]) => [specialty as Specialty, new WeightedTable(entries)]),
);
const SECONDARY_TABLE = new WeightedTable(SECONDARY);

/** A code used when nothing in a specialty fits (it should not happen; it keeps output valid). */
const SYMPTOM_FALLBACK = 'R69';

function fits(diagnosis: Diagnosis, sex: SexCode, age: number): boolean {
  if (diagnosis.sex !== undefined && diagnosis.sex !== sex) return false;
  if (diagnosis.minAge !== undefined && age < diagnosis.minAge) return false;
  return diagnosis.maxAge === undefined || age <= diagnosis.maxAge;
}

/**
 * Draws the ICD-10 codes for one admission: a primary that suits the specialty, then up
 * to `count - 1` distinct secondaries that suit the patient (fewer if few fit).
 */
export function drawDiagnoses(rng: Prng, specialty: Specialty, sex: SexCode, age: number, count: number): string[] {
  const codes = [drawFitting(rng, PRIMARY_TABLES.get(specialty)!, sex, age) ?? SYMPTOM_FALLBACK];
  for (let attempt = 0; codes.length < count && attempt < count * 6; attempt++) {
    const code = drawFitting(rng, SECONDARY_TABLE, sex, age);
    if (code !== null && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

/** Rejection sampling: cheap because most codes fit most patients. */
function drawFitting(rng: Prng, table: WeightedTable<Diagnosis>, sex: SexCode, age: number): string | null {
  for (let attempt = 0; attempt < 12; attempt++) {
    const diagnosis = table.pick(rng);
    if (fits(diagnosis, sex, age)) return diagnosis.code;
  }
  return null;
}
