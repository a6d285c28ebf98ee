import { ETL_DOC_CSS } from '../../mapping/etl-docs/html-style';

/**
 * The pack's style sheet: the ETL specification's, so a board moving between the two
 * sees one house style, plus what only the pack has (decision boxes, gauge, chart,
 * signature lines). It prints on A4 landscape, as the specification does, because the
 * reconciliation table needs eleven columns side by side; the release gates and the
 * sign-offs each start a page, so the signature page comes out whole.
 */
export const PACK_CSS = `${ETL_DOC_CSS}
:root { --green: #15803d; --green-soft: #f0fdf4; }
.decisions { display: flex; flex-wrap: wrap; gap: 14px; margin: 16px 0; }
.decision { border: 3px solid; border-radius: 8px; padding: 10px 18px; min-width: 230px; }
.decision.go { border-color: var(--green); background: var(--green-soft); color: var(--green); }
.decision.no-go { border-color: var(--red); background: var(--red-soft); color: var(--red); }
.decision .profile { font-weight: 600; color: var(--ink); }
.decision .call { display: block; font-size: 40px; font-weight: 800; line-height: 1.1; letter-spacing: .02em; }
.decision .call small { font-size: 18px; font-weight: 700; }
.decision .tally { color: var(--ink); font-size: 13px; }
.banner.ok { border-color: var(--green); background: var(--green-soft); color: var(--green); }
.badge.pass { background: var(--green); }
.badge.fail { background: var(--red); }
.badge.waived { background: #a16207; }
tr.fail td { background: var(--red-soft); }
tr.fail td:first-child { border-left: 4px solid var(--red); }
tr.warn td { background: var(--amber-soft); }
tr.total td { font-weight: 600; background: var(--soft); }
.ok { color: var(--green); font-weight: 600; }
.bad { color: var(--red); font-weight: 600; }
.waiver { margin-top: 4px; padding: 4px 6px; border-left: 3px solid #a16207; background: var(--amber-soft); }
.score { font-size: 34px; font-weight: 700; margin: 4px 0; }
.score small { font-size: 14px; font-weight: 400; }
svg.gauge { display: block; width: 100%; max-width: 640px; height: 28px; }
svg.chart { display: block; width: 100%; height: auto; margin: 8px 0; }
svg.chart text { fill: var(--ink); }
.signature { border: 1px solid var(--ink); border-radius: 6px; padding: 12px 18px; margin: 12px 0; break-inside: avoid; }
.signature .line { display: flex; align-items: flex-end; gap: 10px; margin-top: 22px; }
.signature .line .label { min-width: 90px; color: var(--muted); }
.signature .line .blank { flex: 1; border-bottom: 1px solid var(--ink); height: 1.2em; }
code.hash { white-space: nowrap; }
@media print {
  section.page { break-before: page; }
  .decision .call { font-size: 30px; }
  .score { font-size: 24px; }
}
`;
