import { ageInYears, civilDate } from './calendar';
import { ETHNIC_TABLE, SEX_TABLE, drawMarital, nameOriginFor, type MaritalCode, type SexCode } from './code-sets';
import { drawForename, drawSurname } from './names';
import type { NhsNumberAllocator } from './nhs-allocator';
import { drawAddress, type Address, type GpPracticePool } from './places';
import { Prng, WeightedTable } from './prng';

/** One synthetic person as the PAS should have recorded them, before any defect. */
export interface Person {
  nhsNumber: string;
  title: string;
  forename: string;
  surname: string;
  sex: SexCode;
  birthDay: number;
  /** Day of death, or null while alive at the reference date. */
  deathDay: number | null;
  registeredDay: number;
  address: Address;
  ethnic: string;
  marital: MaritalCode;
  gpPractice: string;
}

/** What a person is drawn against: the dataset's shared pools and its "today". */
export interface PersonContext {
  referenceDay: number;
  nhsNumbers: NhsNumberAllocator;
  gpPractices: GpPracticePool;
}

/** Ages at the reference date; a hospital's patients lean older than the population. */
const AGE_BANDS = new WeightedTable<readonly [number, number]>([
  [[0, 0], 3], [[1, 4], 4], [[5, 15], 9], [[16, 24], 9], [[25, 34], 13], [[35, 44], 13],
  [[45, 54], 13], [[55, 64], 13], [[65, 74], 12], [[75, 84], 8], [[85, 102], 3],
]);

const DAYS_PER_YEAR = 365.2425;

/** Draws a whole, internally consistent person. */
export function drawPerson(rng: Prng, context: PersonContext): Person {
  const today = context.referenceDay;
  const [minAge, maxAge] = AGE_BANDS.pick(rng);
  const age = rng.int(minAge, maxAge);
  const youngest = today - Math.round(age * DAYS_PER_YEAR);
  const birthDay = rng.int(youngest - 364, youngest);
  const registeredDay = drawRegistration(rng, birthDay, today);
  const deathDay = rng.chance(deathChance(age)) ? drawDeath(rng, registeredDay, today) : null;

  const sex = SEX_TABLE.pick(rng);
  const ethnic = ETHNIC_TABLE.pick(rng);
  const origin = nameOriginFor(ethnic, rng);
  const ageNow = ageInYears(birthDay, deathDay ?? today);
  const marital = drawMarital(rng, ageNow);
  const address = drawAddress(rng);
  return {
    nhsNumber: context.nhsNumbers.next(),
    title: drawTitle(rng, sex, ageNow, marital),
    forename: drawForename(rng, origin, sex, civilDate(birthDay).year),
    surname: drawSurname(rng, origin),
    sex,
    birthDay,
    deathDay,
    registeredDay,
    address,
    ethnic,
    marital,
    gpPractice: context.gpPractices.pick(rng, address.townIndex),
  };
}

/** Registration with this hospital: at birth for some, otherwise some time in the last 30 years. */
function drawRegistration(rng: Prng, birthDay: number, today: number): number {
  const lifetime = Math.max(0, today - birthDay);
  if (lifetime < 366 || rng.chance(0.12)) return birthDay + rng.int(0, Math.min(14, lifetime));
  return today - rng.int(0, Math.min(lifetime, 30 * 365));
}

/** About 2% of records end in death, far more often among the old. */
function deathChance(age: number): number {
  if (age < 50) return 0.004;
  if (age < 70) return 0.02;
  if (age < 85) return 0.06;
  return 0.16;
}

/** Deaths fall in the last five years of the record, never before registration. */
function drawDeath(rng: Prng, registeredDay: number, today: number): number {
  return today - rng.int(0, Math.min(today - registeredDay, 5 * 365));
}

function drawTitle(rng: Prng, sex: SexCode, age: number, marital: MaritalCode): string {
  if (sex === 'U' || sex === 'I') return '';
  if (age < 16) return sex === 'M' ? 'Master' : 'Miss';
  if (age >= 27 && rng.chance(0.025)) return 'Dr';
  if (sex === 'M') return 'Mr';
  if (marital === 'S' || marital === 'U') return rng.chance(0.55) ? 'Miss' : 'Ms';
  if (marital === 'D') return rng.chance(0.5) ? 'Ms' : 'Mrs';
  return rng.chance(0.78) ? 'Mrs' : 'Ms';
}
