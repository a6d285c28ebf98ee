import { Prng, WeightedTable } from './prng';
import type { SexCode } from './code-sets';
import {
  ACCENTED_FORENAMES, ACCENTED_SURNAMES, AFRICAN_FORENAMES, AFRICAN_SURNAMES, BRITISH_FORENAMES_OLDER,
  BRITISH_FORENAMES_YOUNGER, BRITISH_SURNAMES, CHINESE_FORENAMES, CHINESE_SURNAMES, EAST_EUROPEAN_FORENAMES,
  EAST_EUROPEAN_SURNAMES, SOUTH_ASIAN_FORENAMES, SOUTH_ASIAN_SURNAMES, type ForenameSet, type NameOrigin,
} from './name-lists';

/** How often a clean record carries a correctly encoded accented name. */
const ACCENTED_SHARE = 0.004;

/** British forenames changed markedly around 1970; other lists are used for every cohort. */
const COHORT_SPLIT_YEAR = 1970;

interface SexTables {
  male: WeightedTable<string>;
  female: WeightedTable<string>;
}

function tablesOf(set: ForenameSet): SexTables {
  return { male: WeightedTable.byRank(set.male), female: WeightedTable.byRank(set.female) };
}

const BRITISH_OLDER = tablesOf(BRITISH_FORENAMES_OLDER);
const BRITISH_YOUNGER = tablesOf(BRITISH_FORENAMES_YOUNGER);
const ACCENTED = tablesOf(ACCENTED_FORENAMES);
const FORENAMES: Readonly<Record<Exclude<NameOrigin, 'british'>, SexTables>> = {
  southAsian: tablesOf(SOUTH_ASIAN_FORENAMES),
  african: tablesOf(AFRICAN_FORENAMES),
  eastEuropean: tablesOf(EAST_EUROPEAN_FORENAMES),
  chinese: tablesOf(CHINESE_FORENAMES),
};
const SURNAMES: Readonly<Record<NameOrigin, WeightedTable<string>>> = {
  british: WeightedTable.byRank(BRITISH_SURNAMES),
  southAsian: WeightedTable.byRank(SOUTH_ASIAN_SURNAMES),
  african: WeightedTable.byRank(AFRICAN_SURNAMES),
  eastEuropean: WeightedTable.byRank(EAST_EUROPEAN_SURNAMES),
  chinese: WeightedTable.byRank(CHINESE_SURNAMES),
};
const ACCENTED_SURNAME_TABLE = WeightedTable.byRank(ACCENTED_SURNAMES);

function bySex(rng: Prng, tables: SexTables, sex: SexCode): string {
  if (sex === 'M') return tables.male.pick(rng);
  if (sex === 'F') return tables.female.pick(rng);
  return (rng.chance(0.5) ? tables.male : tables.female).pick(rng);
}

/** A forename that fits the family's origin, the sex and (for British names) the birth year. */
export function drawForename(rng: Prng, origin: NameOrigin, sex: SexCode, birthYear: number): string {
  if (rng.chance(ACCENTED_SHARE)) return bySex(rng, ACCENTED, sex);
  if (origin === 'british') return bySex(rng, birthYear < COHORT_SPLIT_YEAR ? BRITISH_OLDER : BRITISH_YOUNGER, sex);
  return bySex(rng, FORENAMES[origin], sex);
}

/** A surname that fits the family's origin. */
export function drawSurname(rng: Prng, origin: NameOrigin): string {
  if (rng.chance(ACCENTED_SHARE)) return ACCENTED_SURNAME_TABLE.pick(rng);
  return SURNAMES[origin].pick(rng);
}

/** A forename with accented letters, for the `encoding_damage` defect. */
export function drawAccentedForename(rng: Prng, sex: SexCode): string {
  return bySex(rng, ACCENTED, sex);
}

/** A surname with accented letters, for the `encoding_damage` defect. */
export function drawAccentedSurname(rng: Prng): string {
  return ACCENTED_SURNAME_TABLE.pick(rng);
}
