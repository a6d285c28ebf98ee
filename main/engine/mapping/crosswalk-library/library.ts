import { join } from 'node:path';
import { assetsDir } from '../../assets';
import { UserError } from '../../errors';
import { readCsvFile } from '../read-csv-file';

/** A built-in crosswalk a consultant can add to a project with one click. */
export interface LibraryCrosswalkEntry {
  /** Stable id; also the name the crosswalk takes when added to a project. */
  id: string;
  label: string;
  /** The code list the target codes come from. */
  standard: string;
  /** One line on what it translates, for the picker. */
  description: string;
  /** The CSV's file name under `assets/crosswalks/`. */
  file: string;
}

/** One row of a crosswalk: a source code, its target code and what the target means. */
export interface CrosswalkRow {
  source: string;
  target: string;
  description: string;
}

/** A built-in crosswalk read from its CSV. */
export interface LibraryCrosswalk {
  id: string;
  label: string;
  rows: CrosswalkRow[];
}

/** What the picker shows for each built-in crosswalk. */
export interface LibraryCrosswalkSummary {
  id: string;
  label: string;
  standard: string;
  description: string;
  /** How many source codes it translates. */
  codes: number;
}

/**
 * The built-in crosswalks, listed explicitly rather than found by scanning the folder so
 * a stray file in `assets/crosswalks/` never shows up in the app. Where the codes come
 * from is in `assets/crosswalks/README.md`.
 */
export const LIBRARY_CROSSWALKS: readonly LibraryCrosswalkEntry[] = [
  {
    id: 'nhs-person-stated-gender',
    label: 'Sex / gender → NHS Person Stated Gender Code',
    standard: 'NHS Data Dictionary: Person Stated Gender Code',
    description: 'M/F/U/I, Male/Female/Unknown and 1/2/9/0 to 1 Male, 2 Female, 9 Indeterminate, X Not Known.',
    file: 'nhs-person-stated-gender.csv',
  },
  {
    id: 'nhs-person-gender-code-current',
    label: 'Sex / gender → NHS Person Gender Code Current',
    standard: 'NHS Data Dictionary: Person Gender Code Current',
    description: 'M/F/U/I, Male/Female/Unknown and 1/2/9/0 to 0 Not known, 1 Male, 2 Female, 9 Not specified.',
    file: 'nhs-person-gender-code-current.csv',
  },
  {
    id: 'nhs-ethnic-category',
    label: 'Ethnicity → NHS Ethnic Category (2001 census)',
    standard: 'NHS Data Dictionary: Ethnic Category',
    description: 'Category letters, two-letter PAS codes (WB, AI, …) and full names to the 2001 census codes A–Z and 99.',
    file: 'nhs-ethnic-category.csv',
  },
  {
    id: 'nhs-marital-status',
    label: 'Marital status → NHS Person Marital Status',
    standard: 'NHS Data Dictionary: Person Marital Status',
    description: 'Codes and names (Single, Married, Widowed, …) to S, M, D, W, P, N and the default codes 8 and 9.',
    file: 'nhs-marital-status.csv',
  },
  {
    id: 'nhs-admission-method',
    label: 'Admission method → NHS Admission Method',
    standard: 'NHS Data Dictionary: Admission Method Code (Hospital Provider Spell)',
    description: 'Current codes and their names (Waiting list, A&E, Ante partum, …) to 11–13, 21–25, 2A–2D, 31–32, 81–83.',
    file: 'nhs-admission-method.csv',
  },
  {
    id: 'omop-gender',
    label: 'Sex / gender → OMOP gender concept',
    standard: 'OMOP standard concepts: Gender',
    description: 'M/F, Male/Female and 1/2 to 8507 MALE and 8532 FEMALE; anything else to 0 (no matching concept).',
    file: 'omop-gender.csv',
  },
  {
    id: 'omop-race',
    label: 'Race → OMOP race concept',
    standard: 'OMOP standard concepts: Race',
    description: 'Synthea RACE values, common spellings and CDC race codes to the five OMB race concepts; other to 0.',
    file: 'omop-race.csv',
  },
  {
    id: 'omop-ethnicity',
    label: 'Ethnicity → OMOP ethnicity concept',
    standard: 'OMOP standard concepts: Ethnicity',
    description: 'Synthea ETHNICITY values (hispanic, nonhispanic), common spellings and CDC codes to 38003563 / 38003564.',
    file: 'omop-ethnicity.csv',
  },
  {
    id: 'omop-visit',
    label: 'Encounter class → OMOP visit concept',
    standard: 'OMOP standard concepts: Visit',
    description: 'Synthea ENCOUNTERCLASS values and IP/OP/ER to 9201 Inpatient, 9202 Outpatient, 9203 ER, 262 ER and Inpatient.',
    file: 'omop-visit.csv',
  },
];

/** The built-in crosswalk with this id, or a NOT_FOUND {@link UserError}. */
export function libraryCrosswalkEntry(id: string): LibraryCrosswalkEntry {
  const entry = LIBRARY_CROSSWALKS.find((e) => e.id === id);
  if (!entry) throw new UserError(`no built-in crosswalk with id "${id}"`, { field: 'id' }, 'NOT_FOUND');
  return entry;
}

/** Where a built-in crosswalk's CSV is on disk, for copying it into a project as it is. */
export function libraryCrosswalkPath(id: string): string {
  return join(assetsDir(), 'crosswalks', libraryCrosswalkEntry(id).file);
}

/** Reads a built-in crosswalk; an unknown id is a NOT_FOUND {@link UserError}. */
export function loadLibraryCrosswalk(id: string): LibraryCrosswalk {
  const entry = libraryCrosswalkEntry(id);
  const table = readCsvFile(libraryCrosswalkPath(id), `assets/crosswalks/${entry.file}`);
  const rows = table.rows
    .map(({ values }) => ({
      source: values.source_code?.trim() ?? '',
      target: values.target_code?.trim() ?? '',
      description: values.description?.trim() ?? '',
    }))
    .filter((row) => row.source !== '');
  return { id: entry.id, label: entry.label, rows };
}

/** Every built-in crosswalk with how many source codes it translates, in registry order. */
export function listLibraryCrosswalks(): LibraryCrosswalkSummary[] {
  return LIBRARY_CROSSWALKS.map(({ id, label, standard, description }) => ({
    id, label, standard, description, codes: loadLibraryCrosswalk(id).rows.length,
  }));
}
