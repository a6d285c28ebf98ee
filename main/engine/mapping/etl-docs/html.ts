import { slug } from './escape';
import type { EtlDocInput } from './etl-doc-input';
import { etlDocModel, type EtlDocModel } from './etl-doc-model';
import { appendixHtml, warningsHtml } from './html-appendix';
import { html, trustedHtml } from './html-builder';
import { ETL_DOC_CSS } from './html-style';
import { loadOrderHtml, summaryHtml } from './html-summary';
import { tableSectionHtml } from './html-table-section';

// Scripts, remote fetches and plugins are refused even if a value slipped through unescaped.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The ETL specification as one self-contained HTML file: inline CSS, inline SVG, no
 * script and nothing fetched, printable. Same content as `etlMarkdown`, with every value
 * from the project escaped.
 */
export function etlHtml(input: EtlDocInput): string {
  const m = etlDocModel(input);
  const tableIds = new Map(m.tables.map((t, i) => [t.name, `t-${i + 1}-${slug(t.name)}`]));
  const crosswalkIds = new Map(m.crosswalks.map((c, i) => [c.name, `xw-${i + 1}-${slug(c.name)}`]));
  const warnings = warningsHtml(m);
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ETL specification: ${m.projectName}</title>
<style>${trustedHtml(ETL_DOC_CSS)}</style>
</head>
<body>
<header>
<h1>ETL specification: ${m.projectName}</h1>
${m.description ? html`<p>${m.description}</p>` : null}
${facts(m)}
</header>
<nav><strong>Contents</strong><ol>
<li><a href="#summary">Summary</a></li>
<li><a href="#load-order">Load order</a></li>
${m.tables.map((t) => html`<li><a href="#${tableIds.get(t.name) ?? ''}">${t.name}</a></li>`)}
${warnings ? html`<li><a href="#warnings">Warnings</a></li>` : null}
<li><a href="#appendix">Appendix: crosswalks</a></li>
</ol></nav>
${summaryHtml(m, tableIds)}
${loadOrderHtml(m, tableIds)}
${m.tables.map((t, i) => tableSectionHtml(t, i, tableIds.get(t.name) ?? '', crosswalkIds))}
${warnings}
${appendixHtml(m, crosswalkIds)}
<footer>ETL specification for ${m.projectName} · generated ${m.generatedAt} · contract ${m.contractHash}</footer>
</body>
</html>
`;
  return doc.html;
}

function facts(m: EtlDocModel) {
  return html`<dl class="facts"><dt>Generated</dt><dd>${m.generatedAt}</dd><dt>Contract hash</dt><dd><code>${m.contractHash}</code></dd><dt>Target catalog</dt><dd>${m.catalogOrigin}</dd></dl>`;
}
