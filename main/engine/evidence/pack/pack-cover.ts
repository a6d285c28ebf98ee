import type { GateVerdict } from '../../../../preload/contract/gate-schemas';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { shortHash, when } from './pack-format';

/**
 * The cover: what was run, the contract and audit trail it rests on, and a decision box
 * per gate profile, so the board sees the call before the evidence for it.
 */
export function coverHtml(input: GovernancePackInput): SafeHtml {
  const { run, audit } = input;
  return html`<section id="cover">
<h1>Governance pack: ${input.project.name}</h1>
${input.project.description ? html`<p>${input.project.description}</p>` : null}
<dl class="facts">
<dt>Generated</dt><dd>${when(input.generatedAt)}</dd>
<dt>Run</dt><dd><code>${run.id}</code></dd>
<dt>Status</dt><dd>${run.status === 'succeeded' ? run.status : html`<span class="bad">${run.status}</span>`}</dd>
<dt>Dry run</dt><dd>${run.dryRun ? 'yes: nothing was kept in the target' : 'no'}</dd>
<dt>Started – finished</dt><dd>${when(run.startedAt)} – ${run.finishedAt ? when(run.finishedAt) : 'not finished'}</dd>
<dt>Sources</dt><dd>${input.sources.length === 0 ? 'none' : input.sources.map((s, i) => html`${i > 0 ? '; ' : ''}${s.id} (${s.type}, <code>${s.path}</code>)`)}</dd>
<dt>Target</dt><dd>${input.target.type} <code>${input.target.path}</code>, catalog <code>${input.target.catalog}</code></dd>
<dt>Contract SHA-256</dt><dd><code class="hash" title="${input.contractSha256}">${shortHash(input.contractSha256)}</code></dd>
<dt>Audit chain head</dt><dd>${audit.headHash ? html`<code>${audit.headHash}</code>` : 'none (the audit trail is empty)'}</dd>
</dl>
${warnings(input)}
${decisions(input.verdicts)}
</section>`;
}

function warnings(input: GovernancePackInput): SafeHtml[] {
  const out: SafeHtml[] = [];
  if (input.run.status !== 'succeeded') out.push(html`<p class="banner">The run did not succeed: it ended ${input.run.status}.</p>`);
  if (input.run.dryRun) out.push(html`<p class="banner warn">This was a dry run: its load was thrown away, so the target cannot be reconciled with it.</p>`);
  if (!input.audit.verified) out.push(html`<p class="banner">${brokenChainText(input.audit.brokenAt)}</p>`);
  return out;
}

/** Why a broken audit chain matters, in the words both the cover and the audit section use. */
export function brokenChainText(brokenAt: number | null): string {
  const where = brokenAt === null ? 'does not verify' : `is broken at entry ${brokenAt}`;
  return `The audit trail's hash chain ${where}: the trail was changed after it was written, so it cannot vouch for this run.`;
}

function decisions(verdicts: readonly GateVerdict[]): SafeHtml {
  if (verdicts.length === 0) return html`<p class="banner warn">No gate profile has judged this run, so the pack holds no decision.</p>`;
  const boxes = verdicts.map((v) => {
    const tally = (outcome: string) => v.gates.filter((g) => g.outcome === outcome).length;
    const go = v.verdict === 'PASS';
    return html`<div class="decision ${go ? 'go' : 'no-go'}"><div class="profile">${v.profile}</div><span class="call">${go ? 'GO' : 'NO-GO'} <small>(${v.verdict})</small></span><div class="tally">${tally('pass')} pass · ${tally('waived')} waived · ${tally('fail')} fail</div></div>`;
  });
  return html`<div class="decisions">${boxes}</div>
<p class="muted">GO means every gate of the profile passed or was waived by a named person with a reason; one failing gate makes it NO-GO.</p>`;
}
