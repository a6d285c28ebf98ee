import { MAPPING_CLASSES } from '../../../../preload/contract/mapping-schemas';
import { MAPPING_CLASS_COLOURS as CLASS_COLOURS } from '../../../../preload/contract/mapping-schemas';
import { CLASS_DESCRIPTIONS } from './class-descriptions';
import { classBar } from './html-bar';
import { html, type SafeHtml } from './html-builder';
import type { EtlDocModel } from './etl-doc-model';
import { COVERAGE_MEASURES, percent } from './etl-doc-text';

/** The summary: headline counts, the class bar and legend, review statuses and a row per table. */
export function summaryHtml(m: EtlDocModel, tableIds: ReadonlyMap<string, string>): SafeHtml {
  const t = m.totals;
  const cards = COVERAGE_MEASURES.map((x) => {
    const alert = (x.key === 'unresolved' || x.key === 'requiredUnresolved') && t[x.key] > 0;
    const share = x.key === 'fields' ? null : html` <span class="muted">(${percent(t[x.key], t.fields)})</span>`;
    return html`<div class="card${alert ? ' alert' : ''}"><b>${t[x.key]}</b>${x.label}${share}</div>`;
  });
  const blocking =
    t.requiredUnresolved > 0
      ? html`<p class="banner">The load is blocked: ${t.requiredUnresolved} required ${t.requiredUnresolved === 1 ? 'field is' : 'fields are'} unresolved.</p>`
      : null;
  const legend = MAPPING_CLASSES.map(
    (c) => html`<li><span class="swatch" style="background:${CLASS_COLOURS[c]}"></span>${c} <b>${t.byClass[c]}</b></li>`,
  );
  const classRows = MAPPING_CLASSES.map(
    (c) => html`<tr><td><span class="swatch" style="background:${CLASS_COLOURS[c]}"></span>${c}</td><td class="num">${t.byClass[c]}</td><td>${CLASS_DESCRIPTIONS[c]}</td></tr>`,
  );
  const statuses: [string, number][] = [
    ['approved', m.statuses.approved],
    ['review', m.statuses.review],
    ['draft', m.statuses.draft],
    ['no contract row', m.statuses.missing],
  ];
  const tableRows = m.tables.map((tb) => {
    const cells = COVERAGE_MEASURES.map((x) => {
      const value = tb.coverage?.[x.key];
      const alert = (x.key === 'unresolved' || x.key === 'requiredUnresolved') && (value ?? 0) > 0;
      return html`<td class="num">${alert ? html`<strong class="badge flag">${value}</strong>` : value ?? '—'}</td>`;
    });
    const bar = tb.coverage ? classBar(tb.coverage.byClass, 12) : null;
    return html`<tr><td><a href="#${tableIds.get(tb.name) ?? ''}">${tb.name}</a></td>${cells}<td>${bar}</td></tr>`;
  });
  return html`<section id="summary">
<h2>Summary</h2>
<p>${t.fields} target fields in ${m.tables.length} tables.</p>
${blocking}
<div class="cards">${cards}</div>
${classBar(t.byClass)}
<ul class="legend">${legend}</ul>
<h3>By class</h3>
<table><thead><tr><th>Class</th><th class="num">Fields</th><th>Meaning</th></tr></thead><tbody>${classRows}</tbody></table>
<h3>By review status</h3>
<table><thead><tr><th>Review status</th><th class="num">Fields</th></tr></thead><tbody>${statuses.map(([s, n]) => html`<tr><td>${s}</td><td class="num">${n}</td></tr>`)}</tbody></table>
<h3>By table</h3>
<table><thead><tr><th>Table</th>${COVERAGE_MEASURES.map((x) => html`<th class="num">${x.label}</th>`)}<th>Classes</th></tr></thead><tbody>${tableRows}</tbody></table>
</section>`;
}

/** The load order as a numbered list, each table with the tables it must follow. */
export function loadOrderHtml(m: EtlDocModel, tableIds: ReadonlyMap<string, string>): SafeHtml {
  const items = m.tables.map(
    (t) => html`<li><a href="#${tableIds.get(t.name) ?? ''}">${t.name}</a>${t.loadsAfter.length > 0 ? html` <span class="muted">(after ${t.loadsAfter.join(', ')})</span>` : null}</li>`,
  );
  return html`<section id="load-order">
<h2>Load order</h2>
<p>Tables load parents first, so every foreign key points at rows already loaded.</p>
<ol>${items}</ol>
</section>`;
}
