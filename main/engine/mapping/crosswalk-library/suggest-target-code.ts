import { crosswalkCodeEvidence, EVIDENCE_KINDS, type CodeEvidence, type CodeRow } from './code-evidence';
import { libraryEvidence, type ReferenceCrosswalk } from './library-evidence';
import { textEvidence } from './text-evidence';

/** A target code a source code probably maps to, with how sure and why. */
export interface CodeSuggestion {
  target: string;
  /** What the target means, from the crosswalk or else the library; null when neither says. */
  description: string | null;
  /** 0–1: about 0.95 for a case variant, 0.9 for a description, 0.85 for the library, at most 0.7 for spelling. */
  confidence: number;
  /** In plain words, strongest evidence first. */
  reason: string;
}

/** Suggestions below this are guesses a consultant should not be shown. */
const MIN_CONFIDENCE = 0.3;

/** Independent evidence agreeing on a target adds this much for each further kind. */
const AGREEMENT_BONUS = 0.02;

/**
 * Ranks the target codes a source code the crosswalk lacks probably maps to, from the
 * crosswalk's own rows (the code in another case, the code being a target, a description)
 * and from library crosswalks into the same code list. At most `limit` (3), best first;
 * equal confidences are ordered by the kind of evidence, then by target code, so the
 * answer is always the same.
 */
export function suggestTargetCodes(
  code: string,
  crosswalk: { rows: readonly CodeRow[] },
  library: readonly ReferenceCrosswalk[] = [],
  options: { limit?: number } = {},
): CodeSuggestion[] {
  const limit = options.limit ?? 3;
  const wanted = code.trim();
  if (wanted === '' || limit <= 0) return [];
  const evidence = [
    ...crosswalkCodeEvidence(wanted, crosswalk.rows),
    ...textEvidence(wanted, crosswalk.rows),
    ...libraryEvidence(wanted, crosswalk.rows, library),
  ];
  return combine(evidence, crosswalk.rows)
    .filter((s) => s.suggestion.confidence >= MIN_CONFIDENCE)
    .sort((a, b) => b.suggestion.confidence - a.suggestion.confidence || a.rank - b.rank || compareCodes(a.suggestion.target, b.suggestion.target))
    .slice(0, limit)
    .map((s) => s.suggestion);
}

/** One suggestion per target: the strongest evidence, raised a little by other kinds that agree. */
function combine(evidence: readonly CodeEvidence[], rows: readonly CodeRow[]): { suggestion: CodeSuggestion; rank: number }[] {
  const byTarget = new Map<string, CodeEvidence[]>();
  for (const e of evidence) byTarget.set(e.target, [...(byTarget.get(e.target) ?? []), e]);
  return [...byTarget].map(([target, found]) => {
    const ordered = [...found].sort((a, b) => b.confidence - a.confidence || EVIDENCE_KINDS.indexOf(a.kind) - EVIDENCE_KINDS.indexOf(b.kind));
    const best = ordered[0]!;
    const kinds = new Set(ordered.map((e) => e.kind)).size;
    const ceiling = best.kind === 'exact' ? 1 : 0.97;
    const confidence = Math.min(ceiling, best.confidence + AGREEMENT_BONUS * (kinds - 1));
    const reasons = [...new Set(ordered.map((e) => e.reason))];
    const description = rows.find((r) => r.target.trim() === target && r.description.trim() !== '')?.description.trim()
      ?? ordered.find((e) => e.description)?.description
      ?? null;
    return {
      suggestion: { target, description, confidence: Math.round(confidence * 100) / 100, reason: sentence(reasons) },
      rank: EVIDENCE_KINDS.indexOf(best.kind),
    };
  });
}

/** Clauses joined into one sentence with a capital and a full stop. */
function sentence(clauses: readonly string[]): string {
  const text = clauses.join('; also, ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Code order that does not depend on the locale: `2` before `10`, then plain character order. */
function compareCodes(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
