import type { Suggestion } from '../../../../preload/contract/mapping-schemas';
import type { ColumnProfile } from '../../../../preload/contract/profile-schemas';
import type { CatalogColumn, CatalogTable } from '../../catalog/catalog';
import type { IdentifierFlag } from '../../profile/identifier-flags';
import { chooseClass } from './choose-class';
import { nameSimilarity, synonymGroupOf } from './name-similarity';
import { codeOverlaps, type CodeOverlap, type CrosswalkCodes } from './value-overlap';

/** Where a candidate comes from and what it could fill. */
export interface CandidateContext {
  target: CatalogTable;
  column: CatalogColumn;
  /** The source table as suggestions name it: `patients`, or `pas.patients` when two sources hold one. */
  tableLabel: string;
  /** The source table's own name, to read bare names (`Id`) in context. */
  tableName: string;
  crosswalks: readonly CrosswalkCodes[];
}

/** Below this much evidence a column is not a candidate at all: noise, not a suggestion. */
const MIN_EVIDENCE = 0.3;
/** A flag naming the field's own concept (an NHS number for `nhs_number`) is evidence worth a loose name match. */
const DISTINCTIVE_FLAG_EVIDENCE = 0.6;
/** A flag several fields share (a person's name: given or family?) says less. */
const SHARED_FLAG_EVIDENCE = 0.4;
const DISTINCTIVE_FLAGS: ReadonlySet<IdentifierFlag> = new Set(['nhs_number', 'birth_date', 'postcode', 'phone', 'email']);

const FLAG_WORDS: Record<IdentifierFlag, string> = {
  nhs_number: 'an NHS number',
  birth_date: 'a birth date',
  person_name: "a person's name",
  postcode: 'a postcode',
  phone: 'a phone number',
  email: 'an email address',
  address: 'an address',
  local_identifier: 'a local identifier',
};

/**
 * Scores one source column as a way to fill one target field, or null when nothing
 * suggests it. Evidence is the strongest of: the name (exact, synonym or loose), the
 * profiler's flag for the field's concept, and the values being codes of a crosswalk
 * named like the field. Confidence is `(0.1 + 0.85 × evidence) × fit`, raised by a
 * matching flag and by crosswalk overlap, capped by the plan. Reasons never quote a value.
 */
export function scoreCandidate(context: CandidateContext, source: ColumnProfile): Suggestion | null {
  const { column } = context;
  const reasons: string[] = [];
  const name = nameSimilarity(column.name, source.name, context.tableName);
  let evidence = name?.score ?? 0;
  if (name) reasons.push(name.reason);

  // A column the dictionary gives to another field (`surname` when filling `given_name`)
  // is that field's: a shared flag or a loose likeness must not lift it here.
  const targetGroup = synonymGroupOf(column.name);
  const sourceGroup = synonymGroupOf(source.name);
  const elsewhere = sourceGroup !== null && sourceGroup !== targetGroup && (!name || name.kind === 'fuzzy');
  if (elsewhere) {
    evidence = 0;
    reasons.length = 0;
  }
  const flag = targetGroup?.flag;
  const flagged = !elsewhere && flag !== undefined && source.flags.includes(flag);
  if (flagged) {
    evidence = Math.max(evidence, DISTINCTIVE_FLAGS.has(flag) ? DISTINCTIVE_FLAG_EVIDENCE : SHARED_FLAG_EVIDENCE);
    reasons.push(`profile: ${source.name} is flagged as ${FLAG_WORDS[flag]}`);
  }

  const overlap = bestOverlap(column.name, source, context.crosswalks);
  if (overlap && overlap.relevance > 0) {
    const byValues = 0.75 * overlap.relevance * overlap.overlap.strength;
    if (byValues > evidence) {
      evidence = byValues;
      reasons.push(`name: crosswalk ${overlap.overlap.crosswalk.name} is named like ${column.name}`);
    }
  }
  if (evidence < MIN_EVIDENCE) return null;

  const plan = chooseClass(context.target, column, source, overlap?.overlap ?? null);
  let confidence = (0.1 + 0.85 * evidence) * plan.factor;
  if (flagged && name) confidence += 0.03;
  if (plan.crosswalk && overlap) confidence += 0.3 * overlap.overlap.strength * (1 - confidence);
  confidence = Math.min(confidence, plan.cap, 0.99);

  return {
    targetTable: context.target.name,
    targetField: column.name,
    class: plan.class,
    sourceTable: context.tableLabel,
    sourceField: source.name,
    expression: plan.expression,
    crosswalk: plan.crosswalk,
    confidence,
    reasons: [...reasons, ...plan.reasons],
  };
}

/** The crosswalk the column's values fit best, and how like the target field its name is (0..1). */
function bestOverlap(field: string, source: ColumnProfile, crosswalks: readonly CrosswalkCodes[]): { overlap: CodeOverlap; relevance: number } | null {
  let best: { overlap: CodeOverlap; relevance: number; rank: number } | null = null;
  for (const overlap of codeOverlaps(source, crosswalks)) {
    const relevance = nameSimilarity(field, overlap.crosswalk.name)?.score ?? 0;
    // The values decide; the crosswalk's name only breaks near-ties (M and F are sex codes and marital codes).
    const rank = overlap.strength + 0.1 * relevance;
    if (!best || rank > best.rank) best = { overlap, relevance, rank };
  }
  return best;
}
