import { html, trustedHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { auditHtml } from './pack-audit';
import { contractHtml } from './pack-contract';
import { coverHtml } from './pack-cover';
import { shortHash, when } from './pack-format';
import { gatesHtml } from './pack-gates';
import { qualityHtml } from './pack-quality';
import { reconciliationHtml } from './pack-reconciliation';
import { runHtml } from './pack-run';
import { PACK_SECTIONS } from './pack-sections';
import { PACK_CSS } from './pack-style';
import { signoffsHtml } from './pack-signoffs';

// Scripts, remote fetches and plugins are refused even if a value slipped through unescaped.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The governance pack as one self-contained HTML file, the document a migration board
 * reads before its go/no-go: the decision per gate profile first, then the run, its
 * quality, the gates, the reconciliation, the contract, the audit trail and the
 * sign-offs. Inline CSS and SVG, no script, nothing fetched, printable on A4; every value
 * is escaped, and the same input gives the same bytes.
 */
export function governancePackHtml(input: GovernancePackInput): string {
  const name = input.project.name;
  const doc = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Governance pack: ${name}</title>
<style>${trustedHtml(PACK_CSS)}</style>
</head>
<body>
${coverHtml(input)}
<nav><strong>Contents</strong><ol>
${PACK_SECTIONS.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
</ol></nav>
${runHtml(input)}
${qualityHtml(input)}
${gatesHtml(input)}
${reconciliationHtml(input)}
${contractHtml(input)}
${auditHtml(input)}
${signoffsHtml(input)}
<footer>Governance pack for ${name} · generated ${when(input.generatedAt)} · run ${input.run.id} · contract ${shortHash(input.contractSha256)} · audit head ${shortHash(input.audit.headHash)}</footer>
</body>
</html>
`;
  return doc.html;
}
