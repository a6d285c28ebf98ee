import type { GateVerdict } from '../../../../preload/contract/gate-schemas';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput, SignOff } from '../pack-input';
import { shortHash, when } from './pack-format';
import { sectionTitle } from './pack-sections';

/**
 * The sign-offs recorded for the project; with none yet, a signature block per verdict
 * to print and sign on paper, quoting the run and the audit head the signature seals.
 */
export function signoffsHtml(input: GovernancePackInput): SafeHtml {
  return html`<section id="signoffs" class="page">
<h2>${sectionTitle('signoffs')}</h2>
${input.signoffs.length > 0 ? signoffTable(input.signoffs) : signatureBlocks(input)}
</section>`;
}

function signoffTable(signoffs: readonly SignOff[]): SafeHtml {
  const rows = signoffs.map(
    (s) => html`<tr><td>${when(s.at)}</td><td>${s.name}</td><td>${s.role}</td><td>${s.statement}</td><td><code class="hash">${s.runId}</code></td><td>${s.profile}</td><td><span class="badge ${s.verdict === 'PASS' ? 'pass' : 'fail'}">${s.verdict}</span></td><td><code class="hash" title="${s.auditHead}">${shortHash(s.auditHead)}</code></td></tr>`,
  );
  return html`<table><thead><tr><th>When</th><th>Name</th><th>Role</th><th>Statement</th><th>Run</th><th>Profile</th><th>Verdict</th><th>Audit head</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function signatureBlocks(input: GovernancePackInput): SafeHtml {
  const verdicts: (GateVerdict | null)[] = input.verdicts.length > 0 ? input.verdicts : [null];
  const blocks = verdicts.map(
    (v) => html`<div class="signature">
<p>I have read this governance pack and accept ${v ? html`the <strong>${v.profile}</strong> verdict <strong>${v.verdict}</strong>` : 'its evidence'} on run <code>${input.run.id}</code>, with the audit trail at head <code>${shortHash(input.audit.headHash)}</code>.</p>
<div class="line"><span class="label">Name</span><span class="blank"></span></div>
<div class="line"><span class="label">Role</span><span class="blank"></span></div>
<div class="line"><span class="label">Signature</span><span class="blank"></span></div>
<div class="line"><span class="label">Date</span><span class="blank"></span></div>
</div>`,
  );
  return html`<p>No sign-off has been recorded yet. Print this page and sign below.</p>
${blocks}`;
}
