import type { GateVerdict } from '../../../../../../preload/contract/gate-schemas';
import type { QualityReport } from '../../../../../../preload/contract/quality-schemas';
import type { RunDetail } from '../../../../../../preload/contract/schemas';
import type { ContractCoverage, TableCoverage } from '../../../../../../main/engine/mapping/coverage';
import type { AuditChainStatus, GovernancePackInput, SignOff } from '../../../../../../main/engine/evidence/pack-input';

/** Text meant to break out of HTML: markup and an ampersand. */
export const HOSTILE = '<script>alert(1)</script> & co';

/** A run id the fixture's verdicts, quality report and sign-offs all refer to. */
export const RUN_ID = '20250630-120000-0001';

const HASH_A = 'a'.repeat(16) + '1'.repeat(48);
const HASH_B = 'b'.repeat(16) + '2'.repeat(48);
const HEAD = 'c0ffee00c0ffee00' + '3'.repeat(48);

/** Three tables loaded, some rows rejected, one table with rows skipped (already loaded unchanged). */
export function run(): RunDetail {
  return {
    id: RUN_ID,
    status: 'succeeded',
    startedAt: '2025-06-30T12:00:00.000Z',
    finishedAt: '2025-06-30T12:03:20.500Z',
    dryRun: false,
    read: 1450,
    written: 1380,
    rejected: 40,
    skipped: 30,
    error: null,
    rolledBack: false,
    canRollBack: true,
    tables: [
      { name: 'LOAD_PATIENT', read: 300, written: 294, rejected: 6, skipped: 0 },
      { name: 'LOAD_ADMISSION', read: 550, written: 496, rejected: 24, skipped: 30 },
      { name: 'LOAD_DIAGNOSIS', read: 600, written: 590, rejected: 10, skipped: 0 },
    ],
    stages: [],
    issueCount: 40,
    // A locator names a source file and line: the pack must never carry it.
    issues: [{ table: 'LOAD_PATIENT', field: 'nhs_number', rule: 'nhs_number', severity: 'error', message: 'fails modulus 11', locator: { file: 'source/patients.csv', line: 42 } }],
  };
}

/** Rule results with one failing error rule, one failing warning rule, one clean rule. */
export function quality(): QualityReport {
  return {
    runId: RUN_ID,
    startedAt: '2025-06-30T12:00:00.000Z',
    status: 'succeeded',
    dryRun: false,
    meanScore: 0.9912,
    totals: { read: 1450, rejected: 40, errors: 44, warnings: 12, rowsWithWarnings: 11 },
    tables: [
      { table: 'LOAD_PATIENT', read: 300, rejected: 6, warnings: 12, meanScore: 0.995 },
      { table: 'LOAD_ADMISSION', read: 550, rejected: 24, warnings: 0, meanScore: 0.988 },
      { table: 'LOAD_DIAGNOSIS', read: 600, rejected: 10, warnings: 0, meanScore: null },
    ],
    rules: [
      { table: 'LOAD_PATIENT', ruleId: 'patient.nhs_number.modulus11', check: 'nhs_number', severity: 'error', kind: 'row', checked: 300, failed: 6, message: null, description: 'NHS numbers pass the modulus 11 check' },
      { table: 'LOAD_PATIENT', ruleId: 'patient.phone.completeness', check: 'completeness', severity: 'warning', kind: 'table', checked: 294, failed: 12, message: 'phone filled for 96% of rows', description: `Contact numbers ${HOSTILE}` },
      { table: 'LOAD_ADMISSION', ruleId: 'admission.dates.ordered', check: 'date_order', severity: 'error', kind: 'row', checked: 0, failed: 0, message: null, description: null },
    ],
    findings: [
      { table: 'LOAD_ADMISSION', rule: 'references', severity: 'error', count: 24 },
      { table: 'LOAD_PATIENT', rule: 'patient.phone.completeness', severity: 'warning', count: 12 },
    ],
    patients: null,
  };
}

/** The rehearsal profile passes outright; the cutover profile fails one gate and has one waived. */
export function verdicts(): GateVerdict[] {
  return [
    {
      profile: 'pre_production',
      description: 'Rehearsal runs: some noise is expected.',
      runId: RUN_ID,
      evaluatedAt: '2025-06-30T12:05:00.000Z',
      verdict: 'PASS',
      gates: [
        { metric: 'errors', min: null, max: 1000, value: 44, evidence: '44 error issues', outcome: 'pass', waiver: null },
        { metric: 'mean_quality_score', min: 0.95, max: null, value: 0.9912, evidence: 'mean row quality score 99.12% over 1450 rows', outcome: 'pass', waiver: null },
      ],
    },
    {
      profile: 'cutover_ready',
      description: 'The go/no-go for the live cutover.',
      runId: RUN_ID,
      evaluatedAt: '2025-06-30T12:05:01.000Z',
      verdict: 'FAIL',
      gates: [
        { metric: 'errors', min: null, max: 0, value: 44, evidence: '44 error issues, 40 rows rejected', outcome: 'fail', waiver: null },
        { metric: 'duplicate_rate', min: null, max: 0.001, value: 0.0069, evidence: '10 rows share a key', outcome: 'waived', waiver: { reason: `Sent to the deduplication review ${HOSTILE}`, by: 'Dr Ada <b>Governance</b> & Partners', at: '2025-06-30T12:04:00.000Z' } },
        { metric: 'reconciliation_parity', min: 1, max: null, value: 0.99596, evidence: '494 of 496 loaded rows are in the target as loaded', outcome: 'fail', waiver: null },
        { metric: 'population_ratio', min: 0.99, max: 1, value: null, evidence: 'the run read no rows', outcome: 'fail', waiver: null },
        { metric: 'mean_quality_score', min: 0.995, max: null, value: 0.9912, evidence: 'mean row quality score 99.12%', outcome: 'fail', waiver: null },
      ],
    },
  ];
}

function tableCoverage(table: string, fields: number, unresolvedFields: string[], requiredUnresolved: number): TableCoverage {
  const unresolved = unresolvedFields.length;
  return {
    table,
    fields,
    decided: fields - unresolved,
    unresolved,
    requiredUnresolved,
    approved: fields - unresolved - 1,
    byClass: { DIRECT_SOURCE: fields - unresolved - 3, LOOKUP_TRANSLATION: 1, DERIVED: 1, SURROGATE_ETL: 1, REFERENCE_MASTER_FEED: 0, OUT_OF_SCOPE: 0, UNRESOLVED: unresolved },
    unresolvedFields,
  };
}

/** Three tables, one with a required field unresolved. */
export function coverage(): ContractCoverage {
  const tables = [tableCoverage('LOAD_PATIENT', 18, [], 0), tableCoverage('LOAD_ADMISSION', 12, ['ward_code'], 1), tableCoverage('LOAD_DIAGNOSIS', 8, [], 0)];
  const totals = { fields: 38, decided: 37, unresolved: 1, requiredUnresolved: 1, approved: 34, byClass: { DIRECT_SOURCE: 28, LOOKUP_TRANSLATION: 3, DERIVED: 3, SURROGATE_ETL: 3, REFERENCE_MASTER_FEED: 0, OUT_OF_SCOPE: 0, UNRESOLVED: 1 } };
  return { tables, totals, unknownFields: [] };
}

/** A chain that verifies. */
export const VERIFIED_AUDIT: AuditChainStatus = { entries: 27, verified: true, headHash: HEAD, brokenAt: null };

/** A chain changed after it was written, from entry 12 on. */
export const BROKEN_AUDIT: AuditChainStatus = { entries: 27, verified: false, headHash: HEAD, brokenAt: 12 };

/** Two sign-offs, one with markup in every free-text field. */
export const SIGNOFFS: SignOff[] = [
  { id: 1, at: '2025-06-30T13:00:00.000Z', name: 'Jane Smith', role: 'Chief Clinical Information Officer', statement: 'Accepted for rehearsal.', runId: RUN_ID, profile: 'pre_production', verdict: 'PASS', auditHead: HEAD },
  { id: 2, at: '2025-06-30T13:10:00.000Z', name: `Sam <i>Jones</i> & Sons`, role: 'Caldicott Guardian & SIRO', statement: `Not for live ${HOSTILE}`, runId: RUN_ID, profile: 'cutover_ready', verdict: 'FAIL', auditHead: HEAD },
];

/** A complete pack input: two verdicts, one table off in reconciliation, a verified audit chain, no sign-offs. */
export function packInput(overrides: Partial<GovernancePackInput> = {}): GovernancePackInput {
  return {
    generatedAt: '2025-06-30T14:00:00.000Z',
    project: { name: `St Elsewhere ${HOSTILE}`, description: 'PAS to EPR & more, <em>rehearsal 3</em>' },
    sources: [{ id: 'pas', type: 'csv', path: 'source' }],
    target: { type: 'sqlite', path: 'target/epr.db', catalog: 'builtin:pas-load' },
    run: run(),
    quality: quality(),
    verdicts: verdicts(),
    reconciliation: [
      { table: 'LOAD_PATIENT', ledgerRows: 294, targetRows: 294, matching: 294, changed: 0, missing: 0, extra: 0, parity: 1, loadedSha256: HASH_A, targetSha256: HASH_A, mandatoryFilled: [{ column: 'nhs_number', share: 1 }, { column: 'birth_date', share: 1 }], foreignKeys: [] },
      { table: 'LOAD_ADMISSION', ledgerRows: 496, targetRows: 495, matching: 494, changed: 1, missing: 1, extra: 0, parity: 494 / 496, loadedSha256: HASH_A, targetSha256: HASH_B, mandatoryFilled: [{ column: 'admit_date', share: 1 }, { column: 'ward_code', share: 0.97 }], foreignKeys: [{ columns: ['patient_id'], refTable: 'LOAD_PATIENT', share: 0.998 }] },
    ],
    coverage: coverage(),
    contractSha256: 'deadbeefcafef00d' + '4'.repeat(48),
    audit: VERIFIED_AUDIT,
    signoffs: [],
    ...overrides,
  };
}
