import { MAPPING_CLASS_COLOURS as CLASS_COLOURS } from '../../../../preload/contract/mapping-schemas';
import { html, type SafeHtml } from './html-builder';
import type { FieldEntry, TableEntry } from './etl-doc-model';
import { coverageLine, keyRoles, requiredReasons, requiredText, ruleParts, statusText, unresolvedFlag } from './etl-doc-text';

/** One target table: its coverage, key, unresolved fields, and a row per catalog column. */
export function tableSectionHtml(t: TableEntry, index: number, id: string, crosswalkIds: ReadonlyMap<string, string>): SafeHtml {
  const unresolved = t.fields.filter((f) => f.unresolved);
  const unresolvedLine =
    unresolved.length > 0
      ? html`<p class="banner${unresolved.some((f) => f.blocking) ? '' : ' warn'}">Unresolved: ${unresolved.map((f, i) => html`${i > 0 ? ', ' : ''}${f.field}`)}</p>`
      : null;
  return html`<section class="target-table" id="${id}">
<h2>${index + 1}. ${t.name}</h2>
<p><strong>Coverage:</strong> ${t.coverage ? coverageLine(t.coverage) : 'not computed for this table'}</p>
<p><strong>Primary key:</strong> ${t.primaryKey.length > 0 ? t.primaryKey.join(', ') : 'none'}${t.loadsAfter.length > 0 ? html` · <strong>Loads after:</strong> ${t.loadsAfter.join(', ')}` : null}</p>
${unresolvedLine}
<table>
<thead><tr><th>Target field</th><th>Type</th><th>Required</th><th>Class</th><th>Source</th><th>Expression / crosswalk / default</th><th>Status</th><th>Notes</th><th class="num">Contract line</th></tr></thead>
<tbody>
${t.fields.map((f) => fieldRowHtml(f, crosswalkIds))}
</tbody>
</table>
</section>`;
}

function fieldRowHtml(f: FieldEntry, crosswalkIds: ReadonlyMap<string, string>): SafeHtml {
  const flag = unresolvedFlag(f);
  const keys = keyRoles(f);
  const cls = flag
    ? html`<span class="badge ${f.blocking ? 'required' : 'flag'}">${flag}</span>`
    : html`<span class="badge" style="background:${CLASS_COLOURS[f.class]}">${f.class}</span>`;
  const rules = ruleParts(f).map((p) => {
    let value: SafeHtml;
    if (p.label === 'crosswalk' && !p.missing) value = html`<a href="#${crosswalkIds.get(p.value) ?? ''}">${p.value}</a>`;
    else value = p.code ? html`<code>${p.value}</code>` : html`${p.value}`;
    return html`<div class="rule"><span class="lbl">${p.label}</span>${value}${p.missing ? html` <span class="badge flag">missing</span>` : null}</div>`;
  });
  const reasons = requiredReasons(f);
  const required = reasons.length > 0 ? reasons.map((r) => html`<div><strong>${r}</strong></div>`) : html`<span class="muted">${requiredText(f)}</span>`;
  // The badge stays one short word so the column stays narrow; the approver goes beneath it.
  const status =
    f.status === 'approved' && f.approvedBy
      ? html`<span class="badge approved">approved</span><div class="muted">by ${f.approvedBy}</div>`
      : html`<span class="badge ${f.status ?? 'none'}">${statusText(f)}</span>`;
  return html`<tr${f.unresolved ? html` class="unresolved"` : null}>
<td><span class="field">${f.field}</span>${keys.length > 0 ? html`<div class="keys">${keys.map((k) => html`<span class="badge key">${k}</span>`)}</div>` : null}</td>
<td class="type"><code>${f.type}</code></td>
<td class="required">${required}</td>
<td>${cls}</td>
<td class="source">${f.source ? html`<code>${breakAfterDots(f.source)}</code>` : html`<span class="muted">—</span>`}</td>
<td>${rules.length > 0 ? rules : html`<span class="muted">—</span>`}</td>
<td>${status}</td>
<td class="notes">${f.notes}</td>
<td class="num">${f.line ?? '—'}</td>
</tr>
`;
}

// `table.field` may wrap after its dot, never inside a name.
function breakAfterDots(text: string): SafeHtml {
  return html`${text.split('.').map((part, i) => html`${i > 0 ? html`.<wbr>` : null}${part}`)}`;
}
