import type { Substage } from '../../../preload/contract';
import type { DefectKind } from '../synth/defects';

/** Where a pipeline catches a defect in a record, and whether it refuses the record or warns. */
export interface DefectOutcome {
  substage: Substage;
  outcome: 'reject' | 'warn';
}

/**
 * Which check catches each injected defect. It follows the demo project's own contract
 * and rules: unmapped codes fall out of the crosswalks, dates that do not parse fail at
 * parsing, the NHS number's check digit and date ordering are business rules, orphans
 * fail referential integrity; a missing NHS number only warns (the patient is traced
 * later) and likely duplicates are flagged for review after loading.
 */
export const DEFECT_OUTCOMES: Readonly<Record<DefectKind, DefectOutcome>> = {
  missing_nhs_number: { substage: 'validate.schema_check', outcome: 'warn' },
  invalid_nhs_number: { substage: 'validate.business_rules', outcome: 'reject' },
  missing_surname: { substage: 'validate.schema_check', outcome: 'reject' },
  missing_date_of_birth: { substage: 'validate.schema_check', outcome: 'reject' },
  invalid_date: { substage: 'transform.parse', outcome: 'reject' },
  future_birth_date: { substage: 'validate.business_rules', outcome: 'reject' },
  unmapped_sex_code: { substage: 'transform.map', outcome: 'reject' },
  unmapped_ethnic_code: { substage: 'transform.map', outcome: 'reject' },
  unmapped_admission_method: { substage: 'transform.map', outcome: 'reject' },
  unmapped_attendance_status: { substage: 'transform.map', outcome: 'reject' },
  discharge_before_admission: { substage: 'validate.business_rules', outcome: 'reject' },
  orphan_admission: { substage: 'validate.data_integrity', outcome: 'reject' },
  orphan_diagnosis: { substage: 'validate.data_integrity', outcome: 'reject' },
  duplicate_patient: { substage: 'load.verification', outcome: 'warn' },
  encoding_damage: { substage: 'transform.standardize', outcome: 'warn' },
};
