import { codeKey } from './code-text';
import type { CrosswalkRow } from './library';

/** A crosswalk row as the suggester reads it: never changed. */
export type CodeRow = Readonly<CrosswalkRow>;

/** The kinds of evidence, strongest first; ties between suggestions are broken in this order. */
export const EVIDENCE_KINDS = ['exact', 'variant', 'identity', 'description', 'library', 'fuzzy', 'abbreviation'] as const;

/** One of {@link EVIDENCE_KINDS}. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** One reason to think a code maps to a target, before the reasons for a target are combined. */
export interface CodeEvidence {
  kind: EvidenceKind;
  target: string;
  confidence: number;
  /** A clause in plain words, e.g. `"m" differs only in case from "M", which this crosswalk maps to 1`. */
  reason: string;
  /** What the target means, when the evidence knows it and the crosswalk may not (a library row). */
  description?: string;
}

/** The crosswalk's target codes in first-seen order, blank ones left out. */
export function distinctTargets(rows: readonly CodeRow[]): string[] {
  return [...new Set(rows.map((r) => r.target.trim()).filter((t) => t !== ''))];
}

/**
 * Evidence from the crosswalk's own codes: the code already there, there in another case or
 * spacing (`m` → what `M` maps to), or equal to one of its target codes (`S` → `S`).
 */
export function crosswalkCodeEvidence(code: string, rows: readonly CodeRow[]): CodeEvidence[] {
  const evidence: CodeEvidence[] = [];
  const key = codeKey(code);
  const lower = code.toLowerCase();
  for (const row of rows) {
    const source = row.source.trim();
    const target = row.target.trim();
    if (source === '' || target === '') continue;
    if (source === code) {
      evidence.push({ kind: 'exact', target, confidence: 1, reason: `"${code}" is already in this crosswalk` });
    } else if (source.toLowerCase() === lower) {
      evidence.push({ kind: 'variant', target, confidence: 0.95, reason: `"${code}" differs only in case from "${source}", which this crosswalk maps to ${target}` });
    } else if (key !== '' && codeKey(source) === key) {
      evidence.push({ kind: 'variant', target, confidence: 0.93, reason: `"${code}" is "${source}" written with other spacing or punctuation, and this crosswalk maps "${source}" to ${target}` });
    }
  }
  return [...evidence, ...identityEvidence(code, rows)];
}

/**
 * A code equal to a target code probably maps to itself, much more so when the crosswalk
 * already has such identity rows (marital status `S,S`) than when its sources and targets
 * are different code lists (sex `M,1`), where the match may be a coincidence.
 */
function identityEvidence(code: string, rows: readonly CodeRow[]): CodeEvidence[] {
  const identities = rows.filter((r) => r.source.trim() !== '' && r.source.trim() === r.target.trim()).length;
  const key = codeKey(code);
  const evidence: CodeEvidence[] = [];
  for (const target of distinctTargets(rows)) {
    const exact = target === code;
    if (!exact && (key === '' || codeKey(target) !== key)) continue;
    const confidence = (identities > 0 ? 0.92 : 0.75) - (exact ? 0 : 0.03);
    const same = exact ? `"${code}" is itself` : `"${code}" is, but for case or punctuation,`;
    const reason = identities > 0
      ? `${same} one of the target codes, and this crosswalk already maps ${identities} ${identities === 1 ? 'code' : 'codes'} to ${identities === 1 ? 'itself' : 'themselves'}`
      : `${same} one of this crosswalk's target codes`;
    evidence.push({ kind: 'identity', target, confidence, reason });
  }
  return evidence;
}
