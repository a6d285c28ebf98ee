import { distinctTargets, type CodeEvidence, type CodeRow } from './code-evidence';
import { codeKey, descriptionOverlap } from './code-text';

/** A crosswalk to draw on for codes the project's crosswalk lacks, usually a built-in one. */
export interface ReferenceCrosswalk {
  readonly id: string;
  /** Named in reasons when given; the id otherwise. */
  readonly label?: string;
  readonly rows: readonly CodeRow[];
}

/** Below this share of the crosswalk's targets, a library crosswalk is taken to translate into another code list. */
const MIN_TARGET_SHARE = 0.5;

/** Two descriptions of a target sharing less than this of their words are taken to mean different things. */
const SAME_MEANING = 0.6;

/**
 * Evidence from library crosswalks into the same code list. A library crosswalk counts
 * when at least half the crosswalk's distinct targets are among its targets and it agrees
 * with most of what the two have in common: the rows for the same source codes, and what
 * the shared targets are said to mean (short codes like `S` or `2` recur in unrelated
 * lists). It then says what it maps the code to (exactly, or else in another case or
 * spacing). The more it agrees, the more it is trusted.
 */
export function libraryEvidence(code: string, rows: readonly CodeRow[], library: readonly ReferenceCrosswalk[]): CodeEvidence[] {
  const targets = distinctTargets(rows);
  if (targets.length === 0) return [];
  const key = codeKey(code);
  const evidence: CodeEvidence[] = [];
  for (const reference of library) {
    const trust = trustIn(reference, rows, targets);
    if (trust === null) continue;
    const exact = reference.rows.find((r) => r.source.trim() === code);
    const hit = exact ?? (key === '' ? undefined : reference.rows.find((r) => codeKey(r.source) === key));
    if (!hit || hit.target.trim() === '') continue;
    const target = hit.target.trim();
    const name = `"${reference.label ?? reference.id}"`;
    const spelt = exact ? `"${code}"` : `"${hit.source.trim()}"`;
    // A target the crosswalk has never used is a less likely answer than one it has.
    const unused = !targets.includes(target);
    evidence.push({
      kind: 'library',
      target,
      confidence: trust - (exact ? 0 : 0.03) - (unused ? 0.05 : 0),
      reason: `the built-in crosswalk ${name}, which uses the same target codes, maps ${spelt} to ${target}${unused ? ', a target this crosswalk does not use yet' : ''}`,
      description: hit.description.trim() || undefined,
    });
  }
  return evidence;
}

/**
 * How far a library crosswalk can be trusted for this one, or null when it translates
 * into other codes, or disagrees with most of the rows or target meanings both have.
 */
function trustIn(reference: ReferenceCrosswalk, rows: readonly CodeRow[], targets: readonly string[]): number | null {
  const theirTargets = new Set(distinctTargets(reference.rows));
  const shared = targets.filter((t) => theirTargets.has(t));
  // Two shared targets at least, so that a lone "1" or "0" in common is not taken for the same code list.
  if (shared.length / targets.length < MIN_TARGET_SHARE || shared.length < Math.min(2, targets.length)) return null;
  const agreements = [rowAgreement(reference.rows, rows), meaningAgreement(reference.rows, rows, shared)].filter((a): a is number => a !== null);
  if (agreements.some((a) => a < 0.5)) return null;
  if (agreements.length === 0) return 0.78;
  return 0.7 + 0.15 * (agreements.reduce((sum, a) => sum + a, 0) / agreements.length);
}

/** The share of source codes in both that they map to the same target; null when none is in both. */
function rowAgreement(theirRows: readonly CodeRow[], rows: readonly CodeRow[]): number | null {
  const theirs = new Map(theirRows.map((r) => [r.source.trim(), r.target.trim()]));
  let common = 0;
  let agreeing = 0;
  for (const row of rows) {
    const target = theirs.get(row.source.trim());
    if (target === undefined) continue;
    common++;
    if (target === row.target.trim()) agreeing++;
  }
  return common === 0 ? null : agreeing / common;
}

/** The share of shared targets described alike by both; null when none is described by both. */
function meaningAgreement(theirRows: readonly CodeRow[], rows: readonly CodeRow[], shared: readonly string[]): number | null {
  const describe = (list: readonly CodeRow[], target: string) => list.find((r) => r.target.trim() === target && r.description.trim() !== '')?.description ?? '';
  let compared = 0;
  let alike = 0;
  for (const target of shared) {
    const overlap = descriptionOverlap(describe(rows, target), describe(theirRows, target));
    if (overlap === null) continue;
    compared++;
    if (overlap >= SAME_MEANING) alike++;
  }
  return compared === 0 ? null : alike / compared;
}
