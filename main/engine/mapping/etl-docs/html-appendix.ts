import { html, type SafeHtml } from './html-builder';
import type { EtlDocModel } from './etl-doc-model';

/** Contract rows for fields the catalog lacks, and crosswalks the contract names but the project lacks; empty when neither. */
export function warningsHtml(m: EtlDocModel): SafeHtml | null {
  if (m.unknown.length === 0 && m.missingCrosswalks.length === 0) return null;
  const unknown =
    m.unknown.length > 0
      ? html`<h3>Contract rows for fields the catalog does not have</h3>
<p class="banner warn">These rows fill nothing: the target has no such table or field. Fix the name or remove the row.</p>
<table><thead><tr><th class="num">Line</th><th>Target table</th><th>Target field</th><th>Class</th><th>Problem</th></tr></thead><tbody>${m.unknown.map(
          (u) => html`<tr><td class="num">${u.line}</td><td>${u.targetTable}</td><td>${u.targetField}</td><td>${u.class ?? '—'}</td><td>${u.reason}</td></tr>`,
        )}</tbody></table>`
      : null;
  const crosswalks =
    m.missingCrosswalks.length > 0
      ? html`<h3>Crosswalks the contract names but the project does not have</h3>
<table><thead><tr><th>Crosswalk</th><th>Used by</th></tr></thead><tbody>${m.missingCrosswalks.map(
          (c) => html`<tr><td>${c.name}</td><td>${c.usedBy.join(', ')}</td></tr>`,
        )}</tbody></table>`
      : null;
  return html`<section id="warnings">
<h2>Warnings</h2>
${unknown}
${crosswalks}
</section>`;
}

/** Every crosswalk's codes, capped, with the file it comes from and the fields that use it. */
export function appendixHtml(m: EtlDocModel, crosswalkIds: ReadonlyMap<string, string>): SafeHtml {
  const sections = m.crosswalks.map(
    (c) => html`<div id="${crosswalkIds.get(c.name) ?? ''}">
<h3>${c.name}</h3>
<dl class="facts"><dt>File</dt><dd><code>${c.file}</code></dd><dt>Codes</dt><dd>${c.shown.length + c.more}</dd><dt>Used by</dt><dd>${c.usedBy.length > 0 ? c.usedBy.join(', ') : 'no contract row'}</dd></dl>
<table class="codes"><thead><tr><th>Source code</th><th>Target code</th></tr></thead><tbody>${c.shown.map(
      ([s, t]) => html`<tr><td><code>${s}</code></td><td><code>${t}</code></td></tr>`,
    )}</tbody></table>
${c.more > 0 ? html`<p class="muted">… and ${c.more} more codes (see ${c.file}).</p>` : null}
</div>`,
  );
  return html`<section class="appendix" id="appendix">
<h2>Appendix: crosswalks</h2>
${sections.length > 0 ? sections : html`<p>The project has no crosswalks.</p>`}
</section>`;
}
