import type { IdentifierFlag } from '../../profile/identifier-flags';

/**
 * A set of column names that mean the same thing in healthcare migrations (UK PAS, OMOP
 * CDM, Synthea). Names are written as anyone would (`date_of_birth`, `BIRTHDATE`); they
 * are normalised the same way as the columns they are compared with, so case, separators
 * and the words "of"/"the" do not matter.
 */
export interface SynonymGroup {
  /** Names that are interchangeable. */
  names: readonly string[];
  /** Names that often mean the same but not always (OMOP keeps race and ethnicity apart). */
  weak?: readonly string[];
  /** The profiler's flag for columns holding this concept: a flagged column is evidence on its own. */
  flag?: IdentifierFlag;
}

/** The dictionary of column synonyms. Add a group, or a name to a group; nothing else changes. */
export const FIELD_SYNONYMS: readonly SynonymGroup[] = [
  {
    names: ['patient_id', 'pas_id', 'pas_number', 'person_id', 'person_source_value', 'patient_number', 'patient', 'person',
      'hospital_number', 'mrn', 'medical_record_number', 'local_patient_id', 'patient_ref', 'patient_key', 'case_note_number'],
    weak: ['id', 'subject_id'],
    flag: 'local_identifier',
  },
  { names: ['nhs_number', 'nhs', 'nhsnumber', 'nhs_num'], flag: 'nhs_number' },
  { names: ['given_name', 'forename', 'first_name', 'first', 'firstname', 'given', 'christian_name'], flag: 'person_name' },
  { names: ['family_name', 'surname', 'last_name', 'last', 'lastname', 'family'], flag: 'person_name' },
  { names: ['maiden_name', 'maiden', 'birth_surname', 'previous_surname'] },
  { names: ['middle_name', 'middle', 'other_forenames', 'second_forename'] },
  { names: ['title', 'prefix', 'name_prefix', 'salutation'] },
  { names: ['suffix', 'name_suffix'] },
  {
    names: ['birth_date', 'date_of_birth', 'dob', 'birthdate', 'birth_datetime', 'date_birth', 'born'],
    weak: ['year_of_birth', 'month_of_birth', 'day_of_birth'],
    flag: 'birth_date',
  },
  { names: ['death_date', 'date_of_death', 'dod', 'deathdate', 'death_datetime', 'died'] },
  { names: ['sex', 'gender', 'sex_code', 'gender_code', 'person_stated_gender', 'stated_gender', 'gender_concept_id', 'gender_source_value'] },
  { names: ['ethnic_category', 'ethnicity', 'ethnic_code', 'ethnic_group', 'ethnic_origin', 'ethnic'], weak: ['race'] },
  { names: ['marital_status', 'marital_code', 'marital', 'marital_state', 'civil_status'] },
  { names: ['religion', 'religious_affiliation', 'faith'] },
  { names: ['postcode', 'zip', 'zip_code', 'zipcode', 'postal_code', 'post_code'], flag: 'postcode' },
  { names: ['phone', 'telephone', 'phone_number', 'telephone_number', 'mobile', 'home_phone', 'contact_number'], flag: 'phone' },
  { names: ['email', 'email_address', 'e_mail'], flag: 'email' },
  { names: ['address_line1', 'address', 'address_1', 'address1', 'street', 'street_address', 'address_line_1', 'addr1'], flag: 'address' },
  { names: ['address_line2', 'address_2', 'address2', 'locality', 'district'] },
  { names: ['town', 'city', 'town_city', 'post_town'] },
  { names: ['county', 'state', 'region'] },
  { names: ['country', 'nation'] },
  { names: ['gp_practice_code', 'gp_practice', 'practice_code', 'registered_practice', 'gp_code', 'practice'] },
  { names: ['registered_date', 'registration_date', 'date_registered'] },
  {
    names: ['admission_date', 'admit_date', 'visit_start_date', 'admission_datetime', 'visit_start_datetime', 'encounter_start',
      'episode_start_date', 'spell_start_date', 'start_date'],
    weak: ['start'],
  },
  { names: ['admission_time', 'admit_time', 'time_of_admission'] },
  {
    names: ['discharge_date', 'visit_end_date', 'discharge_datetime', 'visit_end_datetime', 'encounter_stop', 'episode_end_date',
      'spell_end_date', 'end_date'],
    weak: ['stop', 'end'],
  },
  { names: ['discharge_time', 'time_of_discharge'] },
  { names: ['admission_method', 'admit_method', 'method_of_admission', 'admission_type'] },
  { names: ['admission_id', 'spell_id', 'visit_occurrence_id', 'encounter_id', 'episode_id', 'visit_id', 'admission', 'encounter'] },
  { names: ['length_of_stay', 'los', 'stay_length', 'los_days'] },
  { names: ['specialty_code', 'specialty', 'speciality', 'treatment_function_code', 'main_specialty'] },
  { names: ['ward_code', 'ward', 'ward_name'] },
  { names: ['consultant_code', 'consultant', 'clinician_code', 'attending_consultant'], weak: ['provider'] },
  { names: ['clinic_code', 'clinic', 'clinic_id'] },
  { names: ['appointment_id', 'outpatient_id', 'attendance_id'] },
  { names: ['appointment_date', 'attendance_date', 'clinic_date'] },
  { names: ['appointment_time', 'attendance_time', 'clinic_time'] },
  { names: ['attendance_status', 'attended', 'attendance', 'outcome', 'attend_status', 'did_not_attend'] },
  {
    names: ['diagnosis_code', 'icd10_code', 'icd_code', 'icd10', 'condition_source_value', 'condition_code', 'diagnosis',
      'primary_diagnosis', 'dx_code', 'condition_concept_id', 'condition_source_concept_id'],
    weak: ['code'],
  },
  { names: ['diagnosis_id', 'condition_occurrence_id', 'condition_id'] },
  { names: ['diagnosis_sequence', 'diagnosis_seq', 'diagnosis_position', 'sequence', 'position'] },
  { names: ['recorded_date', 'diagnosis_date', 'condition_start_date', 'condition_start_datetime', 'condition_start', 'date_recorded', 'onset_date'] },
  { names: ['condition_end_date', 'condition_end_datetime', 'condition_stop', 'resolved_date', 'abatement_date'] },
  { names: ['description', 'desc', 'label', 'display'] },
];

/**
 * Words spelled short in column names, read as the word they stand for before names are
 * compared: `admit_date` reads as `admission_date`, `nhs_no` as `nhs_number`.
 */
export const WORD_ABBREVIATIONS: Readonly<Record<string, string>> = {
  admit: 'admission', admitted: 'admission', adm: 'admission', disch: 'discharge', discharged: 'discharge',
  tel: 'telephone', no: 'number', num: 'number', nbr: 'number', nr: 'number', seq: 'sequence', addr: 'address',
  dt: 'date', dte: 'date', desc: 'description', dx: 'diagnosis', diag: 'diagnosis', pt: 'patient', pat: 'patient',
  speciality: 'specialty', spec: 'specialty', yr: 'year', mth: 'month', dttm: 'datetime', cd: 'code',
  identifier: 'id', ident: 'id', ref: 'reference', consult: 'consultant', apt: 'appointment', appt: 'appointment',
};

/**
 * Table names that mean the same whole record, to find the source table that drives a
 * target table (`LOAD_PATIENT` and OMOP `person` are both fed from `patients`).
 */
export const TABLE_SYNONYMS: readonly (readonly string[])[] = [
  ['patient', 'person', 'demographics', 'pas_patient', 'master_patient_index', 'mpi'],
  ['admission', 'visit_occurrence', 'encounter', 'inpatient', 'spell', 'episode', 'visit', 'hospital_stay'],
  ['outpatient', 'outpatient_appointment', 'appointment', 'attendance', 'clinic_attendance'],
  ['diagnosis', 'condition_occurrence', 'condition', 'problem'],
  ['procedure', 'procedure_occurrence', 'operation'],
  ['medication', 'drug_exposure', 'prescription', 'drug'],
  ['measurement', 'observation', 'lab_result', 'result'],
  ['death', 'deceased'],
  ['provider', 'consultant', 'clinician', 'practitioner'],
  ['care_site', 'ward', 'clinic', 'organization', 'organisation'],
  ['location', 'address'],
];

/** Words in table names that say where the table sits, not what it holds (`LOAD_`, `stg_`). */
export const TABLE_NOISE_WORDS: ReadonlySet<string> = new Set(['load', 'stg', 'staging', 'tgt', 'target', 'src', 'raw', 'tbl', 'dim', 'fact', 'cdm', 'export', 'extract']);
