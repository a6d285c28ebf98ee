import { describe, expect, it } from 'vitest';
import { governancePackHtml } from '../../../../../../main/engine/evidence/pack/pack-html';
import { PACK_SECTIONS } from '../../../../../../main/engine/evidence/pack/pack-sections';
import { BROKEN_AUDIT, packInput, SIGNOFFS } from './pack-fixture';

/** The markup of one section, from its opening tag to its close. */
function section(doc: string, id: string): string {
  const start = doc.indexOf(`<section id="${id}"`);
  expect(start, id).toBeGreaterThan(0);
  return doc.slice(start, doc.indexOf('</section>', start) + '</section>'.length);
}

/** The `<tr>` of a table whose first cell is exactly the text given. */
function row(markup: string, first: string): string {
  const found = (markup.match(/<tr[^>]*><td>[\s\S]*?<\/tr>/g) ?? []).find((r) => r.replace(/^<tr[^>]*><td>/, '').startsWith(`${first}</td>`));
  expect(found, `row ${first}`).toBeDefined();
  return found!;
}

function count(doc: string, pattern: RegExp): number {
  return (doc.match(pattern) ?? []).length;
}

describe('governancePackHtml', () => {
  const doc = governancePackHtml(packInput());

  it('is one self-contained file: no script, no link, no address to fetch, and a CSP that forbids both', () => {
    expect(doc.startsWith('<!doctype html>')).toBe(true);
    expect(doc).not.toMatch(/<script/i);
    expect(doc).not.toMatch(/<link/i);
    expect(doc).not.toMatch(/https?:\/\//i);
    expect(doc).not.toMatch(/\ssrc=|url\(|@import/i);
    expect(doc).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`);
    expect(count(doc, /<style>/g)).toBe(1);
    expect(doc).toContain('@page { size: A4 landscape;');
  });

  it('has its sections in order, each linked from the contents list', () => {
    const positions = PACK_SECTIONS.map((s) => doc.indexOf(`<section id="${s.id}"`));
    for (const p of positions) expect(p).toBeGreaterThan(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const nav = doc.slice(doc.indexOf('<nav>'), doc.indexOf('</nav>'));
    expect([...nav.matchAll(/href="#([a-z]+)"/g)].map((m) => m[1])).toEqual(PACK_SECTIONS.map((s) => s.id));
    expect(doc.indexOf('<nav>')).toBeLessThan(positions[1]!);
  });

  it('keeps its elements balanced and its links pointing at anchors it defines', () => {
    for (const tag of ['section', 'table', 'tr', 'td', 'th', 'svg', 'code', 'div', 'span', 'ul', 'li', 'dl']) {
      expect(count(doc, new RegExp(`<${tag}[\\s>]`, 'g')), tag).toBe(count(doc, new RegExp(`</${tag}>`, 'g')));
    }
    const ids = [...doc.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, href] of doc.matchAll(/href="#([^"]*)"/g)) expect(ids).toContain(href);
  });

  it('puts the run, contract hash, audit head and a decision box per profile on the cover', () => {
    const cover = section(doc, 'cover');
    expect(cover).toContain('<h1>Governance pack: St Elsewhere &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</h1>');
    expect(cover).toContain('<code>20250630-120000-0001</code>');
    expect(cover).toContain('2025-06-30 12:00:00 UTC – 2025-06-30 12:03:20 UTC');
    expect(cover).toContain(`<code class="hash" title="deadbeefcafef00d${'4'.repeat(48)}">deadbeefcafef00d</code>`);
    expect(cover).toContain(`<code>c0ffee00c0ffee00${'3'.repeat(48)}</code>`);
    const boxes = cover.match(/<div class="decision [^"]+">[\s\S]*?<\/div><\/div>/g) ?? [];
    expect(boxes).toHaveLength(2);
    expect(boxes[0]).toContain('class="decision go"');
    expect(boxes[0]).toContain('<div class="profile">pre_production</div><span class="call">GO <small>(PASS)</small></span>');
    expect(boxes[0]).toContain('2 pass · 0 waived · 0 fail');
    expect(boxes[1]).toContain('class="decision no-go"');
    expect(boxes[1]).toContain('<div class="profile">cutover_ready</div><span class="call">NO-GO <small>(FAIL)</small></span>');
    expect(boxes[1]).toContain('0 pass · 1 waived · 4 fail');
    expect(cover).not.toContain('banner');
  });

  it('shows per-table counts as a table and as a chart in the outcome colours', () => {
    const run = section(doc, 'run');
    expect(row(run, 'LOAD_ADMISSION')).toContain('<td class="num">550</td><td class="num">496</td><td class="num">24</td><td class="num">30</td>');
    expect(row(run, 'All tables')).toContain('<td class="num">1,450</td><td class="num">1,380</td><td class="num">40</td><td class="num">30</td>');
    const chart = run.slice(run.indexOf('<svg class="chart"'), run.indexOf('</svg>'));
    expect(count(chart, /fill="#15803d"/g)).toBe(3);
    expect(count(chart, /fill="#b91c1c"/g)).toBe(3);
    expect(count(chart, /fill="#9ca3af"/g)).toBe(1);
    // The longest table's bar fills the bar area; the others are on its scale.
    expect(chart).toContain('<title>LOAD_DIAGNOSIS: 590 written</title>');
    expect(chart).toContain('width="590.00"');
  });

  it('shows the mean score, the totals, per-table scores and every rule result', () => {
    const q = section(doc, 'quality');
    expect(q).toContain('<div class="score">99.12% ');
    expect(q).toContain('<svg class="gauge"');
    expect(q).toContain('<title>pre_production: at least 95.00%</title>');
    expect(q).toContain('<title>cutover_ready: at least 99.50%</title>');
    // The cutover threshold is missed, so the gauge says so in red.
    expect(q).toContain('width="991.20" height="24" fill="#b91c1c"');
    expect(q).toContain('<b>44</b>Errors');
    expect(q).toContain('<b>12</b>Warnings');
    expect(q).toContain('<b>11</b>Rows with warnings');
    expect(row(q, 'LOAD_DIAGNOSIS')).toContain('<td class="num">n/a</td>');
    const rule = (id: string) => (q.match(/<tr[^>]*><td><code>[\s\S]*?<\/tr>/g) ?? []).find((r) => r.includes(`<code>${id}</code>`))!;
    expect(rule('patient.nhs_number.modulus11')).toMatch(/^<tr class="fail">/);
    expect(rule('patient.nhs_number.modulus11')).toContain('<td>nhs_number</td><td>LOAD_PATIENT</td><td>error</td><td class="num">300</td><td class="num">6</td><td class="num">2.00%</td><td>NHS numbers pass the modulus 11 check</td>');
    expect(rule('patient.phone.completeness')).toMatch(/^<tr class="warn">/);
    expect(rule('patient.phone.completeness')).toContain('Contact numbers &lt;script&gt;alert(1)&lt;/script&gt; &amp; co<div class="muted">phone filled for 96% of rows</div>');
    expect(rule('admission.dates.ordered')).toContain('<td class="num">n/a</td><td><span class="muted">—</span></td>');
  });

  it('says so when the run has no quality results', () => {
    const q = section(governancePackHtml(packInput({ quality: null })), 'quality');
    expect(q).toContain('The run has no quality results.');
    expect(q).not.toContain('<table');
  });

  it('shows every gate with its measure, threshold, outcome and evidence, and a waiver with who, when and why', () => {
    const gates = section(doc, 'gates');
    expect(gates).toContain('<h3>pre_production <span class="badge pass">GO · PASS</span></h3>');
    expect(gates).toContain('<h3>cutover_ready <span class="badge fail">NO-GO · FAIL</span></h3>');
    expect(gates).toContain('<p>The go/no-go for the live cutover.</p>');
    const gate = (label: string, nth = 0) => (gates.match(/<tr[^>]*><td>[\s\S]*?<\/tr>/g) ?? []).filter((r) => r.includes(`<td>${label}<div`))[nth]!;
    expect(gate('Errors', 1)).toContain('<td class="num">44</td><td>at most 0</td><td><span class="badge fail">FAIL</span></td><td>44 error issues, 40 rows rejected</td>');
    expect(gate('Errors', 1)).toMatch(/^<tr class="fail">/);
    expect(gate('Reconciliation parity')).toContain('<td class="num">99.60%</td><td>at least 100.00%</td>');
    expect(gate('Population ratio')).toContain('<td class="num">n/a</td><td>between 99.00% and 100.00%</td>');
    const waived = gate('Duplicate rate');
    expect(waived).toMatch(/^<tr class="warn">/);
    expect(waived).toContain('<td class="num">0.69%</td><td>at most 0.10%</td><td><span class="badge waived">WAIVED</span></td>');
    expect(waived).toContain(
      '<div class="waiver"><strong>Waived by Dr Ada &lt;b&gt;Governance&lt;/b&gt; &amp; Partners</strong> on 2025-06-30 12:04:00 UTC: Sent to the deduplication review &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</div>',
    );
  });

  it('shows each table reconciled, with the table that is off in red and both hashes', () => {
    const rec = section(doc, 'reconciliation');
    expect(rec).toContain('1 of 2 tables do not hold exactly what was loaded: LOAD_ADMISSION.');
    const ok = row(rec, 'LOAD_PATIENT');
    expect(ok).not.toContain('class="fail"');
    expect(ok).toContain('<td class="num">100.00%</td>');
    expect(ok).toContain('✓ equal');
    expect(ok).toContain('no foreign keys');
    const off = row(rec, 'LOAD_ADMISSION');
    expect(off).toMatch(/^<tr class="fail">/);
    expect(off).toContain('<td class="num">496</td><td class="num">495</td><td class="num">494</td><td class="num">1</td><td class="num">1</td><td class="num">0</td><td class="num">99.60%</td>');
    expect(off).toContain('✗ differ');
    expect(off).toContain('>aaaaaaaaaaaaaaaa</code>');
    expect(off).toContain('>bbbbbbbbbbbbbbbb</code>');
    expect(off).toContain('<span class="bad">97.00%</span> <code>ward_code</code>');
    expect(off).toContain('<span class="bad">99.80%</span> <code>patient_id</code> → LOAD_PATIENT');
  });

  it('says there is nothing to reconcile when the list is empty', () => {
    const rec = section(governancePackHtml(packInput({ reconciliation: [] })), 'reconciliation');
    expect(rec).toContain('no target to reconcile (dry run or nothing loaded)');
    expect(rec).not.toContain('<table');
  });

  it('shows the contract coverage totals, a class bar in the class colours and a row per table', () => {
    const c = section(doc, 'contract');
    for (const [label, n] of [['Fields', 38], ['Decided', 37], ['Unresolved', 1], ['Required but unresolved', 1], ['Approved', 34]] as const) {
      expect(c).toContain(`<b>${n}</b>${label}`);
    }
    expect(c).toContain('The load is blocked: 1 required field is unresolved.');
    expect(c).toContain('fill="#1d4ed8"');
    expect(c).toContain('fill="#b91c1c"><title>UNRESOLVED: 1</title>');
    expect(row(c, 'LOAD_ADMISSION')).toMatch(/^<tr class="fail">/);
    expect(row(c, 'LOAD_PATIENT')).toContain('<td class="num">18</td><td class="num">18</td><td class="num">0</td>');
  });

  it('shows a verified audit chain with its head', () => {
    const audit = section(doc, 'audit');
    expect(audit).toContain('<dd>27</dd>');
    expect(audit).toContain('<span class="ok">✓ verified</span>');
    expect(audit).not.toContain('banner');
  });

  it('makes a broken audit chain stand out, on the cover and in the audit section', () => {
    const broken = governancePackHtml(packInput({ audit: BROKEN_AUDIT }));
    const audit = section(broken, 'audit');
    expect(audit).toContain('<span class="bad">✗ broken at entry 12</span>');
    expect(audit).toContain('<p class="banner">The audit trail&#39;s hash chain is broken at entry 12');
    expect(section(broken, 'cover')).toContain('<p class="banner">The audit trail&#39;s hash chain is broken at entry 12');
  });

  it('prints an empty signature block per verdict when nobody has signed', () => {
    const s = section(doc, 'signoffs');
    expect(s).not.toContain('<table');
    expect(count(s, /<div class="signature">/g)).toBe(2);
    for (const label of ['Name', 'Role', 'Signature', 'Date']) {
      expect(count(s, new RegExp(`<div class="line"><span class="label">${label}</span><span class="blank"></span></div>`, 'g'))).toBe(2);
    }
    expect(s).toContain('the <strong>cutover_ready</strong> verdict <strong>FAIL</strong> on run <code>20250630-120000-0001</code>, with the audit trail at head <code>c0ffee00c0ffee00</code>');
  });

  it('lists the sign-offs when there are some, escaped', () => {
    const s = section(governancePackHtml(packInput({ signoffs: SIGNOFFS })), 'signoffs');
    expect(s).not.toContain('class="signature"');
    expect(row(s, '2025-06-30 13:10:00 UTC')).toContain(
      '<td>Sam &lt;i&gt;Jones&lt;/i&gt; &amp; Sons</td><td>Caldicott Guardian &amp; SIRO</td><td>Not for live &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</td><td><code class="hash">20250630-120000-0001</code></td><td>cutover_ready</td><td><span class="badge fail">FAIL</span></td>',
    );
    expect(row(s, '2025-06-30 13:00:00 UTC')).toContain('>c0ffee00c0ffee00</code></td></tr>');
  });

  it('escapes every value it is given and carries nothing from the run issues', () => {
    const signed = governancePackHtml(packInput({ signoffs: SIGNOFFS }));
    expect(signed).not.toMatch(/<script|<b>Governance|<i>Jones|<em>/);
    expect(signed).toContain('<p>PAS to EPR &amp; more, &lt;em&gt;rehearsal 3&lt;/em&gt;</p>');
    expect(signed).toContain('<title>Governance pack: St Elsewhere &lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>');
    // Every & in the document starts an entity.
    expect(signed).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    expect(signed).not.toContain('fails modulus 11');
    expect(signed).not.toContain('patients.csv');
  });

  it('gives the same bytes for the same input', () => {
    expect(governancePackHtml(packInput())).toBe(doc);
    expect(governancePackHtml(structuredClone(packInput()))).toBe(doc);
  });

  it('warns on the cover when the run failed or was a dry run', () => {
    const input = packInput();
    const cover = section(governancePackHtml({ ...input, run: { ...input.run, status: 'failed', dryRun: true } }), 'cover');
    expect(cover).toContain('<p class="banner">The run did not succeed: it ended failed.</p>');
    expect(cover).toContain('This was a dry run');
    expect(section(governancePackHtml(packInput({ verdicts: [] })), 'cover')).toContain('No gate profile has judged this run');
  });
});
