import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import type { GovernancePackInput } from '../pack-input';
import { brokenChainText } from './pack-cover';
import { count } from './pack-format';
import { sectionTitle } from './pack-sections';

/** The audit trail's state: how many entries, whether the hash chain holds, and the head that seals it. */
export function auditHtml(input: GovernancePackInput): SafeHtml {
  const a = input.audit;
  const chain = a.verified
    ? html`<span class="ok">✓ verified</span>`
    : html`<span class="bad">✗ ${a.brokenAt === null ? 'does not verify' : `broken at entry ${a.brokenAt}`}</span>`;
  return html`<section id="audit">
<h2>${sectionTitle('audit')}</h2>
<p>Every run, verdict, waiver and sign-off is appended to the project's audit trail, each entry hashed together with the one before, so changing any entry breaks the chain from there on.</p>
${a.verified ? null : html`<p class="banner">${brokenChainText(a.brokenAt)}</p>`}
<dl class="facts">
<dt>Entries</dt><dd>${count(a.entries)}</dd>
<dt>Hash chain</dt><dd>${chain}</dd>
<dt>Head hash</dt><dd>${a.headHash ? html`<code>${a.headHash}</code>` : 'none (the audit trail is empty)'}</dd>
</dl>
</section>`;
}
