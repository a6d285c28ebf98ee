import { MAPPING_CLASSES, type MappingClass } from '../../../../preload/contract/mapping-schemas';
import type { GateMetric } from '../../../../preload/contract/gate-schemas';
import type { RunStatus, TableCounts } from '../../../../preload/contract/schemas';
import type { TableCoverage } from '../../mapping/coverage';
import type { AuditChainStatus, GovernancePackInput, SignOff } from '../pack-input';

type Coverage = Omit<TableCoverage, 'table' | 'unresolvedFields'>;

/**
 * The governance pack as data, version 1: what the HTML pack shows, for archiving and
 * for other tools. Keys come in the order declared here, nested ones too, whatever order
 * the input's objects had. It holds counts and names only: no issue lists and no
 * locators, so no source row can be traced or quoted from it.
 */
export interface GovernancePackJson {
  format: 'cutover-governance-pack';
  version: 1;
  generatedAt: string;
  project: { name: string; description: string | null };
  sources: { id: string; type: string; path: string }[];
  target: { type: string; path: string; catalog: string };
  run: { id: string; status: RunStatus; dryRun: boolean; startedAt: string; finishedAt: string | null; tables: TableCounts[] };
  /** Null when the run has no quality results. */
  quality: {
    meanScore: number | null;
    totals: { read: number; rejected: number; errors: number; warnings: number; rowsWithWarnings: number };
    rules: { table: string; ruleId: string; check: string; severity: 'error' | 'warning'; kind: 'row' | 'table'; checked: number; failed: number; message: string | null; description: string | null }[];
    tables: { table: string; read: number; rejected: number; warnings: number; meanScore: number | null }[];
  } | null;
  verdicts: {
    profile: string;
    description: string | null;
    runId: string;
    evaluatedAt: string;
    verdict: 'PASS' | 'FAIL';
    gates: { metric: GateMetric; min: number | null; max: number | null; value: number | null; evidence: string; outcome: 'pass' | 'fail' | 'waived'; waiver: { reason: string; by: string; at: string } | null }[];
  }[];
  reconciliation: {
    table: string;
    ledgerRows: number;
    targetRows: number;
    matching: number;
    changed: number;
    missing: number;
    extra: number;
    parity: number;
    loadedSha256: string;
    targetSha256: string;
    mandatoryFilled: { column: string; share: number }[];
    foreignKeys: { columns: string[]; refTable: string; share: number }[];
  }[];
  /** By class in the order of MAPPING_CLASSES; a table's unresolved fields by name. */
  coverage: { totals: Coverage; tables: (Coverage & { table: string; unresolvedFields: string[] })[] };
  contract: { sha256: string };
  audit: AuditChainStatus;
  signoffs: SignOff[];
}

/** The governance pack as pretty-printed JSON of the {@link GovernancePackJson} shape. */
export function governancePackJson(input: GovernancePackInput): string {
  return `${JSON.stringify(governancePackData(input), null, 2)}\n`;
}

/** The governance pack as a {@link GovernancePackJson} object, keys in their documented order. */
export function governancePackData(input: GovernancePackInput): GovernancePackJson {
  const { run, quality: q, audit } = input;
  return {
    format: 'cutover-governance-pack',
    version: 1,
    generatedAt: input.generatedAt,
    project: { name: input.project.name, description: input.project.description },
    sources: input.sources.map((s) => ({ id: s.id, type: s.type, path: s.path })),
    target: { type: input.target.type, path: input.target.path, catalog: input.target.catalog },
    run: {
      id: run.id,
      status: run.status,
      dryRun: run.dryRun,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      tables: run.tables.map((t) => ({ name: t.name, read: t.read, written: t.written, rejected: t.rejected, skipped: t.skipped })),
    },
    quality: q && {
      meanScore: q.meanScore,
      totals: { read: q.totals.read, rejected: q.totals.rejected, errors: q.totals.errors, warnings: q.totals.warnings, rowsWithWarnings: q.totals.rowsWithWarnings },
      rules: q.rules.map((r) => ({ table: r.table, ruleId: r.ruleId, check: r.check, severity: r.severity, kind: r.kind, checked: r.checked, failed: r.failed, message: r.message, description: r.description })),
      tables: q.tables.map((t) => ({ table: t.table, read: t.read, rejected: t.rejected, warnings: t.warnings, meanScore: t.meanScore })),
    },
    verdicts: input.verdicts.map((v) => ({
      profile: v.profile,
      description: v.description,
      runId: v.runId,
      evaluatedAt: v.evaluatedAt,
      verdict: v.verdict,
      gates: v.gates.map((g) => ({
        metric: g.metric,
        min: g.min,
        max: g.max,
        value: g.value,
        evidence: g.evidence,
        outcome: g.outcome,
        waiver: g.waiver && { reason: g.waiver.reason, by: g.waiver.by, at: g.waiver.at },
      })),
    })),
    reconciliation: input.reconciliation.map((t) => ({
      table: t.table,
      ledgerRows: t.ledgerRows,
      targetRows: t.targetRows,
      matching: t.matching,
      changed: t.changed,
      missing: t.missing,
      extra: t.extra,
      parity: t.parity,
      loadedSha256: t.loadedSha256,
      targetSha256: t.targetSha256,
      mandatoryFilled: t.mandatoryFilled.map((m) => ({ column: m.column, share: m.share })),
      foreignKeys: t.foreignKeys.map((fk) => ({ columns: [...fk.columns], refTable: fk.refTable, share: fk.share })),
    })),
    coverage: {
      totals: coverage(input.coverage.totals),
      tables: input.coverage.tables.map((t) => ({ table: t.table, ...coverage(t), unresolvedFields: [...t.unresolvedFields] })),
    },
    contract: { sha256: input.contractSha256 },
    audit: { entries: audit.entries, verified: audit.verified, headHash: audit.headHash, brokenAt: audit.brokenAt },
    signoffs: input.signoffs.map((s) => ({ id: s.id, at: s.at, name: s.name, role: s.role, statement: s.statement, runId: s.runId, profile: s.profile, verdict: s.verdict, auditHead: s.auditHead })),
  };
}

function coverage(c: Coverage): Coverage {
  return {
    fields: c.fields,
    decided: c.decided,
    unresolved: c.unresolved,
    requiredUnresolved: c.requiredUnresolved,
    approved: c.approved,
    byClass: Object.fromEntries(MAPPING_CLASSES.map((cls) => [cls, c.byClass[cls]])) as Record<MappingClass, number>,
  };
}
