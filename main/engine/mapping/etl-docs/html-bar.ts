import { MAPPING_CLASSES, type MappingClass } from '../../../../preload/contract/mapping-schemas';
import { MAPPING_CLASS_COLOURS as CLASS_COLOURS } from '../../../../preload/contract/mapping-schemas';
import { html, type SafeHtml } from './html-builder';

/**
 * A stacked bar of fields by class, as inline SVG: it prints, needs no script, and keeps
 * the document one file. The widths are fixed to two decimals so output is byte-stable.
 */
export function classBar(byClass: Readonly<Record<MappingClass, number>>, height = 22): SafeHtml {
  const total = MAPPING_CLASSES.reduce((sum, c) => sum + byClass[c], 0);
  const label = MAPPING_CLASSES.filter((c) => byClass[c] > 0)
    .map((c) => `${c} ${byClass[c]}`)
    .join(', ');
  let x = 0;
  const segments = MAPPING_CLASSES.filter((c) => byClass[c] > 0).map((c) => {
    const width = (byClass[c] / total) * 1000;
    const rect = html`<rect x="${x.toFixed(2)}" y="0" width="${width.toFixed(2)}" height="${height}" fill="${CLASS_COLOURS[c]}"><title>${c}: ${byClass[c]}</title></rect>`;
    x += width;
    return rect;
  });
  const empty = total === 0 ? html`<rect x="0" y="0" width="1000" height="${height}" fill="#e5e7eb"></rect>` : null;
  return html`<svg class="bar" viewBox="0 0 1000 ${height}" preserveAspectRatio="none" role="img" aria-label="${label || 'no fields'}">${empty}${segments}</svg>`;
}
