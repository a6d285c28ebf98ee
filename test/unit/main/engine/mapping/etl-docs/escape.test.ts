import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, markdownCode, slug } from '../../../../../../main/engine/mapping/etl-docs/escape';

describe('escaping', () => {
  it('HTML-escapes the five characters that matter in content and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('keeps Markdown text on one table row and out of markup', () => {
    expect(escapeMarkdown('a | b\nc\r\nd')).toBe('a \\| b<br>c<br>d');
    expect(escapeMarkdown('<script>&')).toBe('&lt;script&gt;&amp;');
    expect(escapeMarkdown('*bold* [link](x) `code` ~s~ \\')).toBe('\\*bold\\* \\[link\\](x) \\`code\\` \\~s\\~ \\\\');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
  });

  it('escapes underscores only where they could start or end emphasis', () => {
    expect(escapeMarkdown('LOAD_PATIENT')).toBe('LOAD_PATIENT');
    expect(escapeMarkdown('_x_ y_')).toBe('\\_x\\_ y\\_');
  });

  it('writes code spans whose fence outlasts any backticks inside and whose pipes cannot split a cell', () => {
    expect(markdownCode('a | b')).toBe('`a \\| b`');
    expect(markdownCode('x `y` z')).toBe('``x `y` z``');
    expect(markdownCode('`edge')).toBe('`` `edge ``');
    expect(markdownCode('one\ntwo')).toBe('`one`<br>`two`');
  });

  it('makes fragment identifiers of any name', () => {
    expect(slug('LOAD_PATIENT')).toBe('load-patient');
    expect(slug('"><script>')).toBe('script');
    expect(slug('***')).toBe('x');
  });
});
