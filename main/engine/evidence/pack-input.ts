import type { GateVerdict, QualityReport, RunDetail } from '../../../preload/contract';
import type { ContractCoverage } from '../mapping/coverage';
import type { TableReconciliation } from '../reconcile/reconcile-target';

/** Whether the audit trail's hash chain holds, and the hash that seals it. */
export interface AuditChainStatus {
  entries: number;
  verified: boolean;
  /** The newest entry's hash: quoting it in a sign-off seals everything before it. */
  headHash: string | null;
  /** The id of the first entry whose hash does not follow from the one before, when broken. */
  brokenAt: number | null;
}

/** A sign-off: who accepted which run's verdict, in what role, sealing the audit trail as it stood. */
export interface SignOff {
  id: number;
  at: string;
  name: string;
  role: string;
  statement: string;
  runId: string;
  profile: string;
  verdict: 'PASS' | 'FAIL';
  auditHead: string;
}

/**
 * Everything a governance pack shows, gathered once: the project, the run, its quality,
 * the verdict of every gate profile, the reconciliation, the contract's coverage, the
 * audit trail's state and the sign-offs. Nothing here is read from disk or the clock by
 * the renderers, so the same input gives the same document.
 */
export interface GovernancePackInput {
  generatedAt: string;
  project: { name: string; description: string | null };
  sources: { id: string; type: string; path: string }[];
  target: { type: string; path: string; catalog: string };
  run: RunDetail;
  quality: QualityReport | null;
  verdicts: GateVerdict[];
  reconciliation: TableReconciliation[];
  coverage: ContractCoverage;
  contractSha256: string;
  audit: AuditChainStatus;
  signoffs: SignOff[];
}
