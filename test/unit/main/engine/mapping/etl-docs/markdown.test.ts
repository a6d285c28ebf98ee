import { describe, expect, it } from 'vitest';
import { etlMarkdown } from '../../../../../../main/engine/mapping/etl-docs/markdown';
import { fixtureInput, outsideCodeSpans } from './etl-doc-fixture';

/** The lines of the Markdown section that starts with the given heading, up to the next `## `. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines.slice(start, end === -1 ? undefined : end);
}

/** Cells of a table row, split on the pipes GFM treats as separators. */
function cells(row: string): string[] {
  return row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
}

describe('etlMarkdown', () => {
  const md = etlMarkdown(fixtureInput());

  it('opens with the project, the generation time and the contract hash', () => {
    const first = md.split('\n').slice(0, 8).join('\n');
    expect(first).toContain('# ETL specification: Trust &lt;A&amp;B&gt; \\| "PAS"');
    expect(first).toContain('2025-02-03T04:05:06.000Z');
    expect(first).toContain('`abc123def456`');
    expect(first).toContain('Moves \\* things\\_ from \\`old\\` to new.');
  });

  it('keeps every table row whole: same number of cells as its header, notes and expressions included', () => {
    const lines = md.split('\n');
    let header: number | null = null;
    let rows = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        header = null;
        continue;
      }
      rows++;
      if (header === null) header = cells(line).length;
      else expect(cells(line), line).toHaveLength(header);
    }
    expect(rows).toBeGreaterThan(20);
    const alpha = lines.find((l) => l.startsWith('| alpha_name'))!;
    expect(cells(alpha)[7]).toBe('line one<br>line two \\| pipe &amp; "double" \'single\' &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(cells(alpha)[5]).toBe('expression: ``concat(a, "\\|", b) & `x` <script>alert(2)</script>``');
  });

  it('lets no markup through outside code spans', () => {
    const prose = outsideCodeSpans(md).replace(/<br>/g, '');
    expect(prose).not.toMatch(/<[a-z/!]/i);
    expect(md).not.toContain('<b>Who</b>');
    expect(md).toContain('approved by Dr &lt;b&gt;Who&lt;/b&gt; &amp; Co');
  });

  it('documents tables in load order and columns in catalog order', () => {
    const parent = md.indexOf('## 1. PARENT');
    const child = md.indexOf('## 2. CHILD');
    expect(parent).toBeGreaterThan(0);
    expect(child).toBeGreaterThan(parent);
    expect(md).toMatch(/1\. PARENT\n2\. CHILD \(after PARENT\)/);
    const fields = section(md, '## 1. PARENT')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Target field') && !l.startsWith('| ---'))
      .map((l) => cells(l)[0]!.replace(/\*\*/g, '').split('<br>')[0]);
    expect(fields).toEqual(['zeta_id', 'alpha_name', 'middle']);
  });

  it('makes unresolved fields stand out, the blocking ones and the missing ones named as such', () => {
    const parent = section(md, '## 1. PARENT');
    expect(parent).toContain('- **Unresolved: middle**');
    expect(parent.find((l) => l.startsWith('| **middle**'))).toContain('**UNRESOLVED (not in contract)**');
    const child = section(md, '## 2. CHILD');
    const ref = child.find((l) => l.startsWith('| **parent_ref**'))!;
    expect(cells(ref)[3]).toBe('**UNRESOLVED, REQUIRED**');
    expect(cells(ref)[2]).toBe('NOT NULL, required');
    expect(ref).toContain('FK → PARENT.zeta_id');
    expect(md).toContain('**The load is blocked: 1 required field is unresolved.**');
  });

  it('prints the coverage counts it is given', () => {
    const input = fixtureInput();
    const t = input.coverage.totals;
    expect(t).toMatchObject({ fields: 7, decided: 5, unresolved: 2, requiredUnresolved: 1, approved: 1 });
    const summary = section(md, '## Summary');
    expect(summary).toContain(`| Fields | ${t.fields} |`);
    expect(summary).toContain(`| Required but unresolved | ${t.requiredUnresolved} |`);
    expect(summary).toContain('| PARENT | 3 | 2 | 1 | 0 | 1 |');
    expect(summary.find((l) => l.startsWith('| LOOKUP_TRANSLATION'))).toMatch(/^\| LOOKUP_TRANSLATION \| 2 \|/);
    expect(summary).toContain('| no contract row | 1 |');
    expect(section(md, '## 2. CHILD')).toContain(
      '- Coverage: 4 fields · 3 decided (75%) · 1 unresolved · 1 required but unresolved · 0 approved (0%)',
    );
  });

  it('warns about contract rows for fields the catalog lacks and crosswalks the project lacks', () => {
    const warning = section(md, '## Warning: contract rows for fields the catalog does not have');
    expect(warning).toContain('| 8 | GHOST | boo | DIRECT_SOURCE | the catalog has no table GHOST |');
    expect(warning).toContain('| 9 | PARENT | no_such_field | OUT_OF_SCOPE | PARENT has no field no_such_field |');
    expect(md).toContain('| absent_xw | CHILD.other_code |');
    expect(md).toContain('crosswalk: absent_xw **(missing)**');
    const clean = etlMarkdown(fixtureInput({ coverage: { ...fixtureInput().coverage, unknownFields: [] } }));
    expect(clean).not.toContain('## Warning: contract rows');
  });

  it('lists each crosswalk in the appendix, capping long ones', () => {
    const appendix = md.slice(md.indexOf('## Appendix: crosswalks'));
    expect(appendix).toContain('| `<A>` | `a\\|b` |');
    expect(appendix).toContain('- Used by: CHILD.code');
    expect(appendix).toContain('| `S199` | `T199` |');
    expect(appendix).not.toContain('`S200`');
    expect(appendix).toContain('… and 50 more codes (see mapping/crosswalks/big.csv).');
    expect(appendix).toContain('- Codes: 250');
  });

  it('writes the same bytes for the same input', () => {
    expect(etlMarkdown(fixtureInput())).toBe(md);
  });
});
