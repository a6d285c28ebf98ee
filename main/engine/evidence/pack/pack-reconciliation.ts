import type { TableReconciliation } from '../../reconcile/reconcile-target';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { count, share, shortHash } from './pack-format';
import { sectionTitle } from './pack-sections';

/** Whether a table holds exactly what was loaded: every loaded row as loaded, nothing else. */
export function reconciled(t: TableReconciliation): boolean {
  return t.parity === 1 && t.changed === 0 && t.missing === 0 && t.extra === 0 && t.loadedSha256 === t.targetSha256;
}

/** The target re-read against the load ledger, a row per table, the tables that are off in red. */
export function reconciliationHtml(input: GovernancePackInput): SafeHtml {
  const tables = input.reconciliation;
  if (tables.length === 0) {
    return html`<section id="reconciliation">
<h2>${sectionTitle('reconciliation')}</h2>
<p>There is no target to reconcile (dry run or nothing loaded).</p>
</section>`;
  }
  const off = tables.filter((t) => !reconciled(t));
  const summary =
    off.length === 0
      ? html`<p class="banner ok">Every table holds exactly what was loaded.</p>`
      : html`<p class="banner">${off.length} of ${tables.length} tables do not hold exactly what was loaded: ${off.map((t, i) => html`${i > 0 ? ', ' : ''}${t.table}`)}.</p>`;
  return html`<section id="reconciliation">
<h2>${sectionTitle('reconciliation')}</h2>
<p>The target as it stands, re-read row by row and hashed as the pipeline hashed each row when it loaded it, against the load ledger of every run so far.</p>
${input.run.dryRun ? html`<p class="banner warn">This run was a dry run: what follows is the target as earlier runs left it, not this run's load.</p>` : null}
${summary}
<table><thead><tr><th>Table</th><th class="num">Loaded</th><th class="num">In target</th><th class="num">Matching</th><th class="num">Changed</th><th class="num">Missing</th><th class="num">Extra</th><th class="num">Parity</th><th>Content SHA-256 (loaded / target)</th><th>Lowest mandatory fill</th><th>FK completeness</th></tr></thead>
<tbody>${tables.map(tableRow)}</tbody></table>
</section>`;
}

function tableRow(t: TableReconciliation): SafeHtml {
  const same = t.loadedSha256 === t.targetSha256;
  const hashes = html`<span class="${same ? 'ok' : 'bad'}">${same ? '✓ equal' : '✗ differ'}</span><div><code class="hash" title="${t.loadedSha256}">${shortHash(t.loadedSha256)}</code></div><div><code class="hash" title="${t.targetSha256}">${shortHash(t.targetSha256)}</code></div>`;
  return html`<tr${reconciled(t) ? null : html` class="fail"`}><td>${t.table}</td><td class="num">${count(t.ledgerRows)}</td><td class="num">${count(t.targetRows)}</td><td class="num">${count(t.matching)}</td><td class="num">${count(t.changed)}</td><td class="num">${count(t.missing)}</td><td class="num">${count(t.extra)}</td><td class="num">${share(t.parity)}</td><td>${hashes}</td><td>${lowestFill(t)}</td><td>${foreignKeys(t)}</td></tr>`;
}

function lowestFill(t: TableReconciliation): SafeHtml {
  if (t.mandatoryFilled.length === 0) return html`<span class="muted">no mandatory fields</span>`;
  const lowest = t.mandatoryFilled.reduce((a, b) => (b.share < a.share ? b : a));
  return html`<span class="${lowest.share < 1 ? 'bad' : 'ok'}">${share(lowest.share)}</span> <code>${lowest.column}</code>`;
}

function foreignKeys(t: TableReconciliation): SafeHtml {
  if (t.foreignKeys.length === 0) return html`<span class="muted">no foreign keys</span>`;
  return html`${t.foreignKeys.map((fk) => html`<div><span class="${fk.share < 1 ? 'bad' : 'ok'}">${share(fk.share)}</span> <code>${fk.columns.join(', ')}</code> → ${fk.refTable}</div>`)}`;
}
