import { judgeRun, readGates } from '../gates/judge-run';
import { readContractFile } from '../mapping/contract-file';
import { contractCoverage } from '../mapping/coverage';
import type { Project } from '../project/inspect-project';
import { qualityReport } from '../quality/quality-report';
import { reconcileTarget } from '../reconcile/reconcile-target';
import { UserError } from '../errors';
import { verifyAudit } from '../../store/audit-chain';
import { RunStore } from '../../store/run-store';
import { SignOffStore } from '../../store/signoff-store';
import type { GovernancePackInput } from './pack-input';

/**
 * Gathers a governance pack for a run (the newest when none is named): every gate
 * profile judged now (not recorded: the pack shows, the sign-off decides), the target
 * reconciled, the contract's coverage, the audit trail verified, the run's sign-offs.
 */
export function buildPack(project: Project, runId?: string, now = new Date()): GovernancePackInput {
  const store = RunStore.open(project.dir);
  try {
    const id = runId ?? store.listRuns()[0]?.id;
    if (!id) throw new UserError('there is no run to report on yet; run the pipeline first', {}, 'NOT_FOUND');
    const run = store.getRun(id, 0);
    const catalog = project.config.target.catalog;
    return {
      generatedAt: now.toISOString(),
      project: { name: project.config.name, description: project.config.description ?? null },
      sources: project.config.sources.map((s) => ({ id: s.id, type: s.type, path: s.path })),
      target: { type: project.config.target.type, path: project.config.target.path, catalog: typeof catalog === 'string' ? catalog : catalog.join(', ') },
      run,
      quality: qualityReport(store, project.rules, id),
      verdicts: Object.keys(readGates(project.dir).profiles).map((profile) => judgeRun(project, { profile, runId: id, record: false })),
      reconciliation: run.dryRun ? [] : reconcileTarget(project),
      coverage: contractCoverage(project.catalog, project.mappings),
      contractSha256: readContractFile(project.dir).sha256,
      audit: verifyAudit(store.db),
      signoffs: new SignOffStore(store).list(id),
    };
  } finally {
    store.close();
  }
}
