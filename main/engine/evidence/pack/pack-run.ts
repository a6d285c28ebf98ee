import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { count } from './pack-format';
import { countsChart, OUTCOME_COLOURS } from './pack-svg';
import { sectionTitle } from './pack-sections';

/** The run: what became of the rows read, per target table, as a table and a chart. */
export function runHtml(input: GovernancePackInput): SafeHtml {
  const tables = input.run.tables;
  const rows = tables.map(
    (t) => html`<tr><td>${t.name}</td><td class="num">${count(t.read)}</td><td class="num">${count(t.written)}</td><td class="num">${count(t.rejected)}</td><td class="num">${count(t.skipped)}</td></tr>`,
  );
  const r = input.run;
  const legend = (['written', 'rejected', 'skipped'] as const).map((k) => html`<li><span class="swatch" style="background:${OUTCOME_COLOURS[k]}"></span>${k}</li>`);
  return html`<section id="run">
<h2>${sectionTitle('run')}</h2>
<p>Run <code>${r.id}</code> read ${count(r.read)} source rows into ${tables.length} target tables: ${count(r.written)} written, ${count(r.rejected)} rejected, ${count(r.skipped)} skipped (already in the target unchanged).</p>
${tables.length === 0 ? html`<p>The run recorded no tables.</p>` : html`<table><thead><tr><th>Table</th><th class="num">Read</th><th class="num">Written</th><th class="num">Rejected</th><th class="num">Skipped</th></tr></thead><tbody>${rows}<tr class="total"><td>All tables</td><td class="num">${count(r.read)}</td><td class="num">${count(r.written)}</td><td class="num">${count(r.rejected)}</td><td class="num">${count(r.skipped)}</td></tr></tbody></table>
${countsChart(tables)}
<ul class="legend">${legend}</ul>`}
</section>`;
}
