import { describe, expect, it } from 'vitest';
import { etlHtml } from '../../../../../../main/engine/mapping/etl-docs/html';
import { fixtureInput } from './etl-doc-fixture';

/** The HTML of the `<tr>` whose first cell names the field. */
function fieldRow(html: string, field: string): string {
  const rows = html.match(/<tr[^>]*>\s*<td><span class="field">[\s\S]*?<\/tr>/g) ?? [];
  const row = rows.find((r) => r.includes(`<span class="field">${field}</span>`));
  expect(row, `row for ${field}`).toBeDefined();
  return row!;
}

function count(html: string, pattern: RegExp): number {
  return (html.match(pattern) ?? []).length;
}

describe('etlHtml', () => {
  const html = etlHtml(fixtureInput());

  it('is one self-contained file: no script, no link, nothing fetched', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/https?:\/\//i);
    expect(html).not.toMatch(/\ssrc=|url\(|@import/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:">`);
    expect(count(html, /<style>/g)).toBe(1);
  });

  it('escapes every value from the project: markup, ampersands, quotes', () => {
    expect(html).toContain('<title>ETL specification: Trust &lt;A&amp;B&gt; | &quot;PAS&quot;</title>');
    expect(html).toContain('line one\nline two | pipe &amp; &quot;double&quot; &#39;single&#39; &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<code>concat(a, &quot;|&quot;, b) &amp; `x` &lt;script&gt;alert(2)&lt;/script&gt;</code>');
    expect(fieldRow(html, 'zeta_id')).toContain('<span class="badge approved">approved</span><div class="muted">by Dr &lt;b&gt;Who&lt;/b&gt; &amp; Co</div>');
    expect(html).toContain('<td><code>&lt;A&gt;</code></td><td><code>a|b</code></td>');
    expect(html).not.toContain('<b>Who</b>');
  });

  it('keeps its elements balanced', () => {
    for (const tag of ['section', 'table', 'tr', 'td', 'th', 'svg', 'code', 'div', 'span']) {
      expect(count(html, new RegExp(`<${tag}[\\s>]`, 'g')), tag).toBe(count(html, new RegExp(`</${tag}>`, 'g')));
    }
  });

  it('links only to fragments it defines, with identifiers that need no escaping', () => {
    const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const href of hrefs) expect(ids).toContain(href.replace(/^#/, ''));
    expect(hrefs).toContain('#xw-2-codes');
  });

  it('documents tables in load order and columns in catalog order', () => {
    const parent = html.indexOf('<h2>1. PARENT</h2>');
    const child = html.indexOf('<h2>2. CHILD</h2>');
    expect(parent).toBeGreaterThan(0);
    expect(child).toBeGreaterThan(parent);
    const positions = ['zeta_id', 'alpha_name', 'middle'].map((f) => html.indexOf(`<span class="field">${f}</span>`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[2]).toBeLessThan(child);
  });

  it('marks unresolved fields with a badge and a highlighted row, blocking ones differently', () => {
    const middle = fieldRow(html, 'middle');
    expect(middle).toMatch(/^<tr class="unresolved">/);
    expect(middle).toContain('<span class="badge flag">UNRESOLVED (not in contract)</span>');
    const ref = fieldRow(html, 'parent_ref');
    expect(ref).toContain('<span class="badge required">UNRESOLVED, REQUIRED</span>');
    expect(ref).toContain('<span class="badge key">FK → PARENT.zeta_id</span>');
    expect(fieldRow(html, 'zeta_id')).toMatch(/^<tr>/);
    expect(html).toContain('<p class="banner">The load is blocked: 1 required field is unresolved.</p>');
    expect(html).toContain('<p class="banner">Unresolved: parent_ref</p>');
    expect(html).toContain('<p class="banner warn">Unresolved: middle</p>');
  });

  it('draws the class split as an inline SVG bar that adds up to its width', () => {
    const bar = html.match(/<svg class="bar" viewBox="0 0 1000 22"[\s\S]*?<\/svg>/)![0];
    const widths = [...bar.matchAll(/width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(5);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1000, 1);
    expect(bar).toContain('<title>UNRESOLVED: 2</title>');
  });

  it('warns about unknown fields and missing crosswalks, and caps long crosswalks', () => {
    expect(html).toContain('<tr><td class="num">8</td><td>GHOST</td><td>boo</td><td>DIRECT_SOURCE</td><td>the catalog has no table GHOST</td></tr>');
    expect(html).toContain('<tr><td>absent_xw</td><td>CHILD.other_code</td></tr>');
    expect(fieldRow(html, 'other_code')).toContain('absent_xw <span class="badge flag">missing</span>');
    expect(html).toContain('<code>S199</code>');
    expect(html).not.toContain('<code>S200</code>');
    expect(html).toContain('… and 50 more codes (see mapping/crosswalks/big.csv).');
    const clean = etlHtml(fixtureInput({ coverage: { ...fixtureInput().coverage, unknownFields: [] }, mappings: fixtureInput().mappings.filter((m) => m.crosswalk !== 'absent_xw') }));
    expect(clean).not.toContain('id="warnings"');
  });

  it('writes the same bytes for the same input', () => {
    expect(etlHtml(fixtureInput())).toBe(html);
  });
});
