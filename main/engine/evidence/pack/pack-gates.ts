import type { GateResult, GateVerdict } from '../../../../preload/contract/gate-schemas';
import { slug } from '../../mapping/etl-docs/escape';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { GATE_METRIC_INFO, gateValue, thresholdText, when } from './pack-format';
import { sectionTitle } from './pack-sections';

/** Every profile's verdict with each gate's measure, threshold, outcome, evidence and waiver. */
export function gatesHtml(input: GovernancePackInput): SafeHtml {
  return html`<section id="gates" class="page">
<h2>${sectionTitle('gates')}</h2>
${input.verdicts.length === 0 ? html`<p>No gate profile has judged this run.</p>` : input.verdicts.map((v, i) => verdictHtml(v, i, input.run.id))}
</section>`;
}

function verdictHtml(v: GateVerdict, index: number, runId: string): SafeHtml {
  const pass = v.verdict === 'PASS';
  const otherRun = v.runId !== runId ? html`<p class="banner">This verdict is on run <code>${v.runId}</code>, not on the run this pack shows.</p>` : null;
  return html`<div id="gate-${index + 1}-${slug(v.profile)}">
<h3>${v.profile} <span class="badge ${pass ? 'pass' : 'fail'}">${pass ? 'GO' : 'NO-GO'} · ${v.verdict}</span></h3>
${v.description ? html`<p>${v.description}</p>` : null}
<p class="muted">Judged ${when(v.evaluatedAt)} on run <code>${v.runId}</code>.</p>
${otherRun}
${v.gates.length === 0 ? html`<p>The profile has no gates.</p>` : html`<table><thead><tr><th>Gate</th><th class="num">Measured</th><th>Threshold</th><th>Outcome</th><th>Evidence</th></tr></thead><tbody>${v.gates.map(gateRow)}</tbody></table>`}
</div>`;
}

function gateRow(g: GateResult): SafeHtml {
  const waiver = g.waiver
    ? html`<div class="waiver"><strong>Waived by ${g.waiver.by}</strong> on ${when(g.waiver.at)}: ${g.waiver.reason}</div>`
    : null;
  return html`<tr${g.outcome === 'fail' ? html` class="fail"` : g.outcome === 'waived' ? html` class="warn"` : null}><td>${GATE_METRIC_INFO[g.metric].label}<div class="muted"><code>${g.metric}</code></div></td><td class="num">${gateValue(g.metric, g.value)}</td><td>${thresholdText(g)}</td><td><span class="badge ${g.outcome}">${g.outcome.toUpperCase()}</span></td><td>${g.evidence}${waiver}</td></tr>`;
}
