import { escapeHtml } from './escape';

/** Markup that is already safe to insert: made only by {@link html} or {@link trustedHtml}. */
export interface SafeHtml {
  readonly html: string;
}

/** What may be interpolated into {@link html}: text is escaped, markup is inserted, nothing prints nothing. */
export type HtmlValue = string | number | SafeHtml | readonly HtmlValue[] | null | undefined | false;

/**
 * A template tag that escapes every interpolated string, so forgetting to escape a value
 * from the project is impossible; only {@link SafeHtml} goes in as markup.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { html: out };
}

/** Wraps markup written by this module (the style sheet), never text from a project. */
export function trustedHtml(markup: string): SafeHtml {
  return { html: markup };
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (isSafe(value)) return value.html;
  return (value as readonly HtmlValue[]).map(render).join('');
}

function isSafe(value: HtmlValue): value is SafeHtml {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as SafeHtml).html === 'string';
}
