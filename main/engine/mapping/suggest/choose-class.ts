import type { MappingClass } from '../../../../preload/contract/mapping-schemas';
import type { ColumnProfile } from '../../../../preload/contract/profile-schemas';
import type { CatalogColumn, CatalogTable } from '../../catalog/catalog';
import { datePartExpression, dateLayout, describeLayout, isoDateExpression, isoDateTimeExpression, type DatePart } from './date-layout';
import { fieldRef } from './expression-text';
import { canonicalWords } from './name-tokens';
import { FIT_FACTORS, requiredFit, SOURCE_WORDS, targetKind, typeFit } from './type-fit';
import { describeOverlap, type CodeOverlap } from './value-overlap';

/** How a source column would fill a target field: the class, what it needs, and how well it fits. */
export interface MappingPlan {
  class: MappingClass;
  expression: string | null;
  crosswalk: string | null;
  /** Scales the confidence: 1 for a clean fit, less for a poor one. */
  factor: number;
  /** The most confidence this plan can have, whatever the name says (a lookup without a crosswalk). */
  cap: number;
  reasons: string[];
}

/** An overlap strong enough to call the column a coded one: most of its values are a crosswalk's codes. */
export const LOOKUP_STRENGTH = 0.6;

const DATE_PARTS: readonly DatePart[] = ['year', 'month', 'day'];

/**
 * Decides how a source column fills a target field: converted dates and date parts are
 * DERIVED with an expression the expression functions can run; values that are a
 * crosswalk's source codes are LOOKUP_TRANSLATION (unless the target keeps the source
 * value, as OMOP `*_source_value` does); non-numeric ids into an integer key are
 * SURROGATE_ETL; everything else is DIRECT_SOURCE, judged by its type fit.
 */
export function chooseClass(target: CatalogTable, column: CatalogColumn, source: ColumnProfile, overlap: CodeOverlap | null): MappingPlan {
  const kind = targetKind(column);
  const words = canonicalWords(column.name);
  const layout = source.type === 'empty' ? null : dateLayout(source);
  const fit = typeFit(column, source);
  const plan = (cls: MappingClass, factor: number, reasons: string[], more: Partial<MappingPlan> = {}): MappingPlan => ({
    class: cls, expression: null, crosswalk: null, factor, cap: 1, reasons, ...more,
  });

  if ((kind === 'date' || kind === 'datetime') && layout) {
    const expression = kind === 'date' ? isoDateExpression(source.name, layout) : isoDateTimeExpression(source.name, layout);
    const reasons = [...fit.reasons, `dates: written ${describeLayout(layout)}`];
    let factor = fit.factor;
    if (layout.otherLayouts > 0) {
      factor *= 0.85;
      reasons.push(`dates: ${layout.otherLayouts} other layout${layout.otherLayouts > 1 ? 's' : ''} also seen; those values will not convert`);
    }
    if (expression === undefined) {
      return plan('DIRECT_SOURCE', factor * FIT_FACTORS.poor, [...reasons, 'dates: no expression function can convert this layout']);
    }
    if (expression === null) return plan('DIRECT_SOURCE', factor, reasons);
    const how = expression.startsWith('iso_date') ? 'converted to ISO with iso_date' : 'the time is cut off with left';
    return plan('DERIVED', factor, [...reasons, `dates: ${how}`], { expression });
  }

  const part = DATE_PARTS.find((p) => words.includes(p));
  if (kind === 'integer' && part && layout) {
    const expression = datePartExpression(source.name, layout, part);
    if (expression) {
      const reasons = [`dates: the ${part} of ${source.name}, written ${describeLayout(layout)}`, ...requiredFit(column, source).reasons];
      return plan('DERIVED', requiredFit(column, source).factor, reasons, { expression });
    }
  }

  const keepsSourceValue = words.slice(-2).join('_') === 'source_value';
  if (overlap && overlap.strength >= LOOKUP_STRENGTH) {
    if (keepsSourceValue) return plan('DIRECT_SOURCE', fit.factor, [...fit.reasons, describeOverlap(overlap), 'values: kept as written, the target holds the source value']);
    const codes = targetCodesFit(column, overlap.crosswalk.name, overlap.crosswalk.targetCodes);
    const required = requiredFit(column, source);
    return plan('LOOKUP_TRANSLATION', codes.factor * required.factor, [describeOverlap(overlap), ...codes.reasons, ...required.reasons], {
      crosswalk: overlap.crosswalk.name,
    });
  }

  const needsConcept = words.slice(-2).join('_') === 'concept_id' && canonicalWords(source.name).at(-1) !== 'id';
  if (needsConcept && source.type !== 'empty') {
    return plan('LOOKUP_TRANSLATION', FIT_FACTORS.fair, [
      `lookup: ${column.name} holds concept ids, so ${SOURCE_WORDS[source.type]} need a crosswalk, and none of the project's crosswalks holds these values`,
    ], { cap: 0.65 });
  }

  if ((kind === 'integer' || kind === 'decimal') && (source.type === 'code' || source.type === 'text')) {
    const isKey = target.primaryKey.some((k) => k.toLowerCase() === column.name.toLowerCase());
    const isId = words.at(-1) === 'id' && words.at(-2) !== 'concept';
    if (isKey || isId || source.flags.includes('local_identifier')) {
      return plan('SURROGATE_ETL', FIT_FACTORS.fair, [
        `surrogate: ${source.name} holds ${SOURCE_WORDS[source.type]}, not whole numbers; the load numbers each distinct value`,
      ]);
    }
    return plan('LOOKUP_TRANSLATION', FIT_FACTORS.fair, [
      `lookup: ${SOURCE_WORDS[source.type]} into ${column.type} need a crosswalk, and none of the project's crosswalks holds these values`,
    ], { cap: 0.65 });
  }

  if (kind === 'text' && source.flags.includes('nhs_number') && source.patterns.some((p) => p.pattern.includes(' '))) {
    const longest = Math.max(...source.patterns.map((p) => p.pattern.replace(/ /g, '').length));
    const spaceless = typeFit(column, { ...source, lengthMax: longest });
    return plan('DERIVED', spaceless.factor, [...spaceless.reasons, 'format: some NHS numbers are written with spaces, removed'], {
      expression: `replace(${fieldRef(source.name)}, " ", "")`,
    });
  }

  return plan('DIRECT_SOURCE', fit.factor, fit.reasons);
}

/** Whether a crosswalk's target codes go into the target column: whole numbers for an integer, short enough for a VARCHAR. */
function targetCodesFit(column: CatalogColumn, name: string, codes: readonly string[]): { factor: number; reasons: string[] } {
  const kind = targetKind(column);
  const present = codes.filter((c) => c.trim() !== '');
  if (present.length === 0) return { factor: FIT_FACTORS.fair, reasons: [`codes: crosswalk ${name} has no target codes yet`] };
  if (kind === 'integer' && !present.every((c) => /^-?\d+$/.test(c.trim()))) {
    return { factor: FIT_FACTORS.bad, reasons: [`codes: target codes of crosswalk ${name} are not all whole numbers, the target is ${column.type}`] };
  }
  const longest = Math.max(...present.map((c) => c.trim().length));
  if (kind === 'text' && column.length !== null && longest > column.length) {
    return { factor: FIT_FACTORS.poor, reasons: [`codes: longest target code of crosswalk ${name} is ${longest} characters, target holds ${column.length}`] };
  }
  return { factor: FIT_FACTORS.good, reasons: [`codes: target codes of crosswalk ${name} fit ${column.type}`] };
}
