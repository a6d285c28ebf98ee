import { MAPPING_CLASSES, MAPPING_CLASS_COLOURS } from '../../../../preload/contract/mapping-schemas';
import { classBar } from '../../mapping/etl-docs/html-bar';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import { COVERAGE_MEASURES, percent } from '../../mapping/etl-docs/etl-doc-text';
import type { GovernancePackInput } from '../pack-input';
import { count, plural } from './pack-format';
import { sectionTitle } from './pack-sections';

/** How far the mapping contract is decided: totals, fields by class in the class colours, a row per table. */
export function contractHtml(input: GovernancePackInput): SafeHtml {
  const c = input.coverage;
  const t = c.totals;
  const alert = (key: string, n: number) => (key === 'unresolved' || key === 'requiredUnresolved') && n > 0;
  const cards = COVERAGE_MEASURES.map(
    (x) => html`<div class="card${alert(x.key, t[x.key]) ? ' alert' : ''}"><b>${count(t[x.key])}</b>${x.label}${x.key === 'fields' ? null : html` <span class="muted">(${percent(t[x.key], t.fields)})</span>`}</div>`,
  );
  const legend = MAPPING_CLASSES.map((cls) => html`<li><span class="swatch" style="background:${MAPPING_CLASS_COLOURS[cls]}"></span>${cls} <b>${count(t.byClass[cls])}</b></li>`);
  const rows = c.tables.map(
    (tb) => html`<tr${tb.requiredUnresolved > 0 ? html` class="fail"` : null}><td>${tb.table}</td>${COVERAGE_MEASURES.map((x) => html`<td class="num">${count(tb[x.key])}</td>`)}<td>${classBar(tb.byClass, 12)}</td></tr>`,
  );
  return html`<section id="contract">
<h2>${sectionTitle('contract')}</h2>
<p>The contract with SHA-256 <code>${input.contractSha256}</code>, measured against the target catalog: ${plural(t.fields, 'target field')} in ${plural(c.tables.length, 'table')}.</p>
${t.requiredUnresolved > 0 ? html`<p class="banner">The load is blocked: ${plural(t.requiredUnresolved, 'required field is', 'required fields are')} unresolved.</p>` : null}
${c.unknownFields.length > 0 ? html`<p class="banner warn">${plural(c.unknownFields.length, 'contract row names', 'contract rows name')} a table or field the catalog does not have.</p>` : null}
<div class="cards">${cards}</div>
<h3>By class</h3>
${classBar(t.byClass)}
<ul class="legend">${legend}</ul>
<h3>By table</h3>
<table><thead><tr><th>Table</th>${COVERAGE_MEASURES.map((x) => html`<th class="num">${x.label}</th>`)}<th>Classes</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
}
