import type { QualityReport } from '../../../../preload/contract/quality-schemas';
import type { GateVerdict } from '../../../../preload/contract/gate-schemas';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { count, rate, share, thresholdText } from './pack-format';
import { scoreGauge, type GaugeMark } from './pack-svg';
import { sectionTitle } from './pack-sections';

/** The run's quality: mean row score against the profiles' thresholds, totals, tables, rule results and what fired. */
export function qualityHtml(input: GovernancePackInput): SafeHtml {
  const q = input.quality;
  if (q === null) {
    return html`<section id="quality">
<h2>${sectionTitle('quality')}</h2>
<p>The run has no quality results.</p>
</section>`;
  }
  const marks = scoreMarks(input.verdicts, q.meanScore);
  return html`<section id="quality">
<h2>${sectionTitle('quality')}</h2>
<p>Each row read scores 1 when every check on it passes; the mean is over every row read.${marks.length > 0 ? ' The lines across the gauge are the profiles’ thresholds.' : null}</p>
<div class="score">${q.meanScore === null ? 'n/a' : share(q.meanScore)} <small class="muted">mean row quality score</small></div>
${scoreGauge(q.meanScore, marks)}
${marks.length > 0 ? html`<ul class="legend">${marks.map((m) => html`<li><span class="${m.met ? 'ok' : 'bad'}">${m.met ? '✓' : '✗'}</span> ${m.label}</li>`)}</ul>` : null}
${totalsCards(q)}
<h3>By table</h3>
${tablesTable(q)}
<h3>Rule results</h3>
${rulesTable(q)}
<h3>Checks that fired</h3>
${findingsTable(q)}
</section>`;
}

function scoreMarks(verdicts: readonly GateVerdict[], score: number | null): GaugeMark[] {
  return verdicts.flatMap((v) =>
    v.gates
      .filter((g) => g.metric === 'mean_quality_score' && g.min !== null)
      .map((g) => ({ label: `${v.profile}: ${thresholdText(g)}`, at: g.min!, met: score !== null && score >= g.min! })),
  );
}

function totalsCards(q: QualityReport): SafeHtml {
  const t = q.totals;
  const cards: [string, number, boolean][] = [
    ['Rows read', t.read, false],
    ['Rows rejected', t.rejected, t.rejected > 0],
    ['Errors', t.errors, t.errors > 0],
    ['Warnings', t.warnings, false],
    ['Rows with warnings', t.rowsWithWarnings, false],
  ];
  return html`<div class="cards">${cards.map(([label, n, alert]) => html`<div class="card${alert ? ' alert' : ''}"><b>${count(n)}</b>${label}</div>`)}</div>`;
}

function tablesTable(q: QualityReport): SafeHtml {
  if (q.tables.length === 0) return html`<p>No table was scored.</p>`;
  const rows = q.tables.map(
    (t) => html`<tr><td>${t.table}</td><td class="num">${count(t.read)}</td><td class="num">${count(t.rejected)}</td><td class="num">${count(t.warnings)}</td><td class="num">${t.meanScore === null ? 'n/a' : share(t.meanScore)}</td></tr>`,
  );
  return html`<table><thead><tr><th>Table</th><th class="num">Read</th><th class="num">Rejected</th><th class="num">Warnings</th><th class="num">Mean score</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function rulesTable(q: QualityReport): SafeHtml {
  if (q.rules.length === 0) return html`<p>The project declares no quality rules.</p>`;
  const rows = q.rules.map((r) => {
    const flag = r.failed === 0 ? null : r.severity === 'error' ? html` class="fail"` : html` class="warn"`;
    const words = [r.description, r.message].filter((s): s is string => s !== null && s !== '');
    return html`<tr${flag}><td><code>${r.ruleId}</code></td><td>${r.check}</td><td>${r.table}</td><td>${r.severity}</td><td class="num">${count(r.checked)}</td><td class="num">${count(r.failed)}</td><td class="num">${rate(r.failed, r.checked)}</td><td>${words.length > 0 ? words.map((w, i) => (i === 0 ? html`${w}` : html`<div class="muted">${w}</div>`)) : html`<span class="muted">—</span>`}</td></tr>`;
  });
  return html`<table><thead><tr><th>Rule</th><th>Check</th><th>Table</th><th>Severity</th><th class="num">Checked</th><th class="num">Failed</th><th class="num">Failure rate</th><th>Description / message</th></tr></thead><tbody>${rows}</tbody></table>`;
}

// Built-in checks (types, references, crosswalks) fire as well as declared rules; counts only.
function findingsTable(q: QualityReport): SafeHtml {
  if (q.findings.length === 0) return html`<p>No check fired.</p>`;
  const rows = q.findings.map((f) => html`<tr><td>${f.rule}</td><td>${f.table}</td><td>${f.severity}</td><td class="num">${count(f.count)}</td></tr>`);
  return html`<table><thead><tr><th>Check or rule</th><th>Table</th><th>Severity</th><th class="num">Times fired</th></tr></thead><tbody>${rows}</tbody></table>`;
}
