import type { TableCounts } from '../../../../preload/contract/schemas';
import { html, type SafeHtml } from '../../mapping/etl-docs/html-builder';
import { count, share } from './pack-format';

/** What became of the rows a run read, in the colours the pack uses for them throughout. */
export const OUTCOME_COLOURS = { written: '#15803d', rejected: '#b91c1c', skipped: '#9ca3af' } as const;

/** The colours of a gauge: met every threshold, missed one, or judged against none. */
export const GAUGE_COLOURS = { met: '#15803d', missed: '#b91c1c', none: '#1d4ed8' } as const;

const ROW = 22;
const GAP = 10;
const LABEL_WIDTH = 250;
const BAR_WIDTH = 600;
const LABEL_CHARS = 30;

/**
 * Per-table row counts as one stacked horizontal bar chart, inline SVG: written, rejected
 * and skipped side by side, every bar on the same scale so tables compare at a glance.
 * Coordinates are fixed to two decimals so the same counts give the same bytes.
 */
export function countsChart(tables: readonly TableCounts[]): SafeHtml {
  const most = Math.max(0, ...tables.map((t) => t.read));
  const height = Math.max(1, tables.length) * (ROW + GAP);
  const rows = tables.map((t, i) => {
    const y = i * (ROW + GAP);
    let x = LABEL_WIDTH;
    const segments = (['written', 'rejected', 'skipped'] as const)
      .filter((k) => t[k] > 0)
      .map((k) => {
        const width = (t[k] / most) * BAR_WIDTH;
        const rect = html`<rect x="${x.toFixed(2)}" y="${y}" width="${width.toFixed(2)}" height="${ROW}" fill="${OUTCOME_COLOURS[k]}"><title>${t.name}: ${count(t[k])} ${k}</title></rect>`;
        x += width;
        return rect;
      });
    const label = t.name.length > LABEL_CHARS ? `${t.name.slice(0, LABEL_CHARS - 1)}…` : t.name;
    return html`<g><text x="0" y="${y + 16}" font-size="14"><title>${t.name}</title>${label}</text><rect x="${LABEL_WIDTH}" y="${y}" width="${BAR_WIDTH}" height="${ROW}" fill="#f3f4f6"></rect>${segments}<text x="${LABEL_WIDTH + BAR_WIDTH + 12}" y="${y + 16}" font-size="14">${count(t.read)} read</text></g>`;
  });
  const label = tables.map((t) => `${t.name}: ${t.written} written, ${t.rejected} rejected, ${t.skipped} skipped`).join('; ');
  return html`<svg class="chart" viewBox="0 0 1000 ${height}" role="img" aria-label="${label || 'no tables'}">${rows}</svg>`;
}

/** A threshold drawn on a gauge: which profile set it, and whether the score meets it. */
export interface GaugeMark {
  label: string;
  at: number;
  met: boolean;
}

/**
 * A score from 0 to 1 as a filled bar, with each profile's threshold drawn across it.
 * Its colour comes from those thresholds, not from a scale of its own: the board set
 * what good enough is, so the gauge is green only when every threshold is met.
 */
export function scoreGauge(score: number | null, marks: readonly GaugeMark[]): SafeHtml {
  const colour = marks.length === 0 ? GAUGE_COLOURS.none : marks.every((m) => m.met) ? GAUGE_COLOURS.met : GAUGE_COLOURS.missed;
  const fill = score === null ? null : html`<rect x="0" y="8" width="${(Math.min(1, Math.max(0, score)) * 1000).toFixed(2)}" height="24" fill="${colour}"><title>${share(score)}</title></rect>`;
  const ticks = marks.map((m) => {
    const x = (Math.min(1, Math.max(0, m.at)) * 1000).toFixed(2);
    return html`<line x1="${x}" y1="0" x2="${x}" y2="40" stroke="#111827" stroke-width="3" vector-effect="non-scaling-stroke"><title>${m.label}</title></line>`;
  });
  return html`<svg class="gauge" viewBox="0 0 1000 40" preserveAspectRatio="none" role="img" aria-label="${score === null ? 'no score' : `mean score ${share(score)}`}"><rect x="0" y="8" width="1000" height="24" fill="#e5e7eb"></rect>${fill}${ticks}</svg>`;
}
