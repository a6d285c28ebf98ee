/**
 * The document's only style sheet, inlined: the app is offline and the file is meant to
 * be mailed or archived alone, so it uses system fonts and no external resources. Print
 * rules put each target table on its own landscape page and repeat table headers.
 */
export const ETL_DOC_CSS = `
:root { color-scheme: light; --ink: #111827; --muted: #4b5563; --rule: #d1d5db; --soft: #f3f4f6; --red: #b91c1c; --red-soft: #fef2f2; --amber-soft: #fffbeb; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 1280px; padding: 24px 32px 48px; color: var(--ink); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 20px 0 6px; }
p { margin: 6px 0; }
code { font: 12.5px/1.4 ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: var(--soft); padding: 0 3px; border-radius: 3px; white-space: pre-wrap; overflow-wrap: break-word; }
.muted { color: var(--muted); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
nav ol { columns: 2; margin: 8px 0; }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; min-width: 140px; }
.card b { display: block; font-size: 24px; }
.card.alert { border-color: var(--red); background: var(--red-soft); color: var(--red); }
.banner { border: 2px solid var(--red); background: var(--red-soft); color: var(--red); padding: 8px 12px; border-radius: 6px; font-weight: 600; margin: 10px 0; }
.banner.warn { border-color: #a16207; background: var(--amber-soft); color: #713f12; }
svg.bar { display: block; width: 100%; height: 22px; border-radius: 4px; }
td svg.bar { height: 12px; min-width: 120px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 8px 0; font-size: 13px; }
.swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid var(--rule); padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.notes { white-space: pre-line; min-width: 18ch; }
td.type code, td.required { white-space: nowrap; }
table.codes { width: auto; min-width: 320px; }
td.source code { white-space: normal; }
tr.unresolved td { background: var(--red-soft); }
tr.unresolved td:first-child { border-left: 4px solid var(--red); }
.badge { display: inline-block; padding: 0 6px; border-radius: 9px; font-size: 11px; font-weight: 600; line-height: 18px; color: #fff; white-space: nowrap; }
.badge.flag { background: var(--red); }
.badge.required { background: #7f1d1d; }
.badge.key { background: #e5e7eb; color: var(--ink); font-weight: 500; }
.badge.approved { background: #15803d; }
.badge.review { background: #a16207; }
.badge.draft { background: #e5e7eb; color: var(--ink); }
.badge.none { background: #fff; color: var(--red); border: 1px solid var(--red); }
.rule + .rule { margin-top: 3px; }
.lbl { color: var(--muted); font-size: 11px; text-transform: uppercase; letter-spacing: .03em; margin-right: 4px; }
.field { font-weight: 600; }
.keys { margin-top: 2px; display: flex; flex-wrap: wrap; gap: 2px; }
footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 8px; color: var(--muted); font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  nav { display: none; }
  section.target-table, section.appendix { break-before: page; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .card, .banner { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  table { font-size: 10px; }
  code { font-size: 10px; }
  .badge { font-size: 8.5px; line-height: 14px; }
  .lbl { font-size: 8px; }
  h1 { font-size: 20px; }
  h2 { font-size: 15px; }
  h3 { font-size: 12px; }
  .card b { font-size: 18px; }
}
`;
