import { Prng, WeightedTable } from './prng';
import type { NameOrigin } from './name-lists';

/**
 * The legacy PAS code sets the generator writes. They are the source side of the
 * built-in crosswalks, so these exact codes (and no others, outside injected defects)
 * appear in the files.
 */

/** Sex codes: male, female, not known, indeterminate. */
export type SexCode = 'M' | 'F' | 'U' | 'I';

/** Recorded sex; unknown and indeterminate are rare, as in real registrations. */
export const SEX_TABLE = new WeightedTable<SexCode>([
  ['F', 5060], ['M', 4910], ['U', 25], ['I', 5],
]);

/** Ethnic category codes with weights like a diverse English city's population. */
export const ETHNIC_TABLE = new WeightedTable<string>([
  ['WB', 560], ['WI', 12], ['WO', 55], ['MW', 14], ['MB', 5], ['MA', 9], ['MO', 8],
  ['AI', 50], ['AP', 80], ['AB', 20], ['AO', 18], ['BC', 30], ['BA', 38], ['BO', 6],
  ['CH', 9], ['OT', 20], ['NS', 60],
]);

/** Which names fit a recorded ethnicity (loosely: people's names cross every line). */
export function nameOriginFor(ethnic: string, rng: Prng): NameOrigin {
  switch (ethnic) {
    case 'AI': case 'AP': case 'AB': case 'AO':
      return rng.chance(0.95) ? 'southAsian' : 'british';
    case 'BA':
      return rng.chance(0.75) ? 'african' : 'british';
    case 'BO':
      return rng.chance(0.5) ? 'african' : 'british';
    case 'BC':
      return rng.chance(0.2) ? 'african' : 'british';
    case 'WO':
      return rng.chance(0.6) ? 'eastEuropean' : 'british';
    case 'CH':
      return rng.chance(0.9) ? 'chinese' : 'british';
    case 'OT': case 'NS':
      return rng.pick<NameOrigin>(['british', 'british', 'british', 'british', 'southAsian', 'african', 'eastEuropean']);
    default:
      return 'british';
  }
}

/** Marital status codes: single, married, divorced, widowed, civil partner, unknown. */
export type MaritalCode = 'S' | 'M' | 'D' | 'W' | 'P' | 'U';

const MARITAL_BY_AGE: readonly { maxAge: number; table: WeightedTable<MaritalCode> }[] = [
  { maxAge: 17, table: new WeightedTable<MaritalCode>([['S', 1]]) },
  { maxAge: 24, table: new WeightedTable<MaritalCode>([['S', 92], ['M', 4], ['P', 1], ['U', 3]]) },
  { maxAge: 34, table: new WeightedTable<MaritalCode>([['S', 50], ['M', 38], ['P', 4], ['D', 2], ['U', 6]]) },
  { maxAge: 54, table: new WeightedTable<MaritalCode>([['S', 24], ['M', 54], ['D', 12], ['P', 3], ['W', 2], ['U', 5]]) },
  { maxAge: 74, table: new WeightedTable<MaritalCode>([['S', 12], ['M', 56], ['D', 14], ['W', 11], ['P', 2], ['U', 5]]) },
  { maxAge: 200, table: new WeightedTable<MaritalCode>([['S', 6], ['M', 38], ['D', 8], ['W', 43], ['P', 1], ['U', 4]]) },
];

/** A marital status plausible at the given age; under-18s are always single. */
export function drawMarital(rng: Prng, age: number): MaritalCode {
  const band = MARITAL_BY_AGE.find((b) => age <= b.maxAge) ?? MARITAL_BY_AGE[MARITAL_BY_AGE.length - 1]!;
  return band.table.pick(rng);
}

/** Admission method codes: elective, emergency, maternity, transfer, other. */
export type AdmissionMethod = 'EL' | 'EM' | 'MA' | 'TR' | 'OT';

/** Admission methods other than maternity, which is decided from age and sex first. */
export const NON_MATERNITY_METHODS = new WeightedTable<AdmissionMethod>([
  ['EL', 48], ['EM', 44], ['TR', 4], ['OT', 4],
]);

/** Outpatient attendance codes: attended, did not attend, patient / hospital cancelled, walked out. */
export const ATTENDANCE_TABLE = new WeightedTable<string>([
  ['ATT', 80], ['DNA', 8], ['CAN', 6], ['HCN', 5], ['WLK', 1],
]);

/** NHS main specialty codes the hospital uses. */
export type Specialty = '100' | '101' | '110' | '300' | '320' | '340' | '400' | '420' | '501' | '502';

/** Every specialty code, in code order. */
export const SPECIALTIES: readonly Specialty[] = ['100', '101', '110', '300', '320', '340', '400', '420', '501', '502'];

/** Wards and clinics belonging to each specialty. */
export const SPECIALTY_UNITS: Readonly<Record<Specialty, { wards: readonly string[]; clinics: readonly string[] }>> = {
  '100': { wards: ['SAU', 'W12', 'W14'], clinics: ['GSUR1', 'GSUR2', 'BRST1'] },
  '101': { wards: ['W15'], clinics: ['URO1', 'URO2'] },
  '110': { wards: ['W20', 'W21', 'TRA'], clinics: ['FRAC', 'ORTH1', 'ORTH2'] },
  '300': { wards: ['AMU', 'W5', 'W6', 'W7'], clinics: ['GMED1', 'GMED2'] },
  '320': { wards: ['CCU', 'W8'], clinics: ['CARD1', 'CARD2'] },
  '340': { wards: ['W9', 'RHDU'], clinics: ['RESP1', 'RESP2'] },
  '400': { wards: ['W10', 'ASU'], clinics: ['NEUR1'] },
  '420': { wards: ['PAED', 'PAU'], clinics: ['PAED1', 'PAED2'] },
  '501': { wards: ['DLW', 'MAT1', 'MAT2'], clinics: ['ANC1', 'ANC2'] },
  '502': { wards: ['GYN'], clinics: ['GYN1', 'GYN2'] },
};

/** Neonatal unit: paediatric spells in the first year of life only. */
export const NEONATAL_WARD = 'NNU';

/** Ward for elective day cases, whatever the specialty. */
export const DAY_SURGERY_WARD = 'DSU';

/** The consultants of each specialty: a small seeded pool of `C` + 7 digit codes. */
export class ConsultantPool {
  private readonly bySpecialty = new Map<Specialty, string[]>();

  /** Builds the pool for one dataset. */
  constructor(rng: Prng) {
    const used = new Set<string>();
    for (const specialty of SPECIALTIES) {
      const codes: string[] = [];
      while (codes.length < 6) {
        const code = `C${rng.int(1, 9)}${rng.digits(6)}`;
        if (used.has(code)) continue;
        used.add(code);
        codes.push(code);
      }
      this.bySpecialty.set(specialty, codes);
    }
  }

  /** A consultant of the specialty. */
  pick(rng: Prng, specialty: Specialty): string {
    return rng.pick(this.bySpecialty.get(specialty)!);
  }
}
