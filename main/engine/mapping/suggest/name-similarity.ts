import { jaroWinkler } from './jaro-winkler';
import { canonicalWords, compact, coreWords, GENERIC_WORDS, nameWords, singular } from './name-tokens';
import { FIELD_SYNONYMS, type SynonymGroup } from './synonyms';

/** How a source name came to match a target name. */
export type NameMatchKind = 'exact' | 'normalised' | 'synonym' | 'fuzzy';

/** How alike two column names are, 0..1, and why in plain words. */
export interface NameMatch {
  score: number;
  kind: NameMatchKind;
  reason: string;
}

/** One way of reading a name: its words, how far it is from the name as written, and how to say so. */
interface Reading {
  key: string;
  words: string[];
  factor: number;
  /** How the name was read, for the reason ("Id of patients reads as patient_id"); empty when as written. */
  note: string;
}

const SYNONYM_WEIGHT = 0.92;
const WEAK_SYNONYM_WEIGHT = 0.8;
/** Loose matches never score like a dictionary match: they are hints, not evidence. */
const FUZZY_CEILING = 0.65;
const LOWEST_SCORE = 0.3;

let synonymIndex: Map<string, { group: SynonymGroup; weight: number }> | null = null;

/** Every dictionary name by its normalised key; the first group that names a key keeps it. */
export function synonymEntries(): ReadonlyMap<string, { group: SynonymGroup; weight: number }> {
  if (synonymIndex) return synonymIndex;
  synonymIndex = new Map();
  for (const group of FIELD_SYNONYMS) {
    for (const [names, weight] of [[group.names, 1], [group.weak ?? [], WEAK_SYNONYM_WEIGHT]] as const) {
      for (const name of names) {
        const key = compact(canonicalWords(name));
        if (!synonymIndex.has(key)) synonymIndex.set(key, { group, weight });
      }
    }
  }
  return synonymIndex;
}

/** The synonym group a column name belongs to, read as written or without its `code`/`id` suffix. */
export function synonymGroupOf(name: string): SynonymGroup | null {
  const index = synonymEntries();
  for (const reading of readings(name, null)) {
    const entry = index.get(reading.key);
    if (entry) return entry.group;
  }
  return null;
}

/**
 * How alike a target field's name and a source column's name are. Exact and dictionary
 * matches score high (a synonym 0.92, a weak synonym less); a loose Jaro-Winkler match of
 * the words scores at most 0.65; null when the names have nothing in common. `sourceTable`
 * lets a bare generic name read in context: Synthea's `patients.Id` is the patient id.
 */
export function nameSimilarity(target: string, source: string, sourceTable: string | null = null): NameMatch | null {
  if (compact(nameWords(target)) === compact(nameWords(source))) {
    return { score: 1, kind: 'exact', reason: `name: ${source} is the target field's name` };
  }
  const index = synonymEntries();
  let best: NameMatch | null = null;
  const offer = (match: NameMatch) => {
    if (!best || match.score > best.score) best = match;
  };
  for (const t of knownReadings(target, null)) {
    for (const s of knownReadings(source, sourceTable)) {
      const how = [s.note, t.note].filter((n) => n !== '').join('; ');
      if (t.key === s.key) {
        const reason = how.startsWith(source) && !how.includes(';')
          ? `name: ${how}`
          : `name: ${source} matches ${target} ${how.startsWith('apart') ? how : `(${how})`}`;
        offer({ score: t.factor * s.factor, kind: 'normalised', reason });
        continue;
      }
      const tEntry = index.get(t.key);
      const sEntry = index.get(s.key);
      if (!tEntry || !sEntry || tEntry.group !== sEntry.group) continue;
      const weight = tEntry.weight * sEntry.weight;
      const relation = weight < 1 ? 'often means the same as' : 'is a synonym of';
      offer({
        score: SYNONYM_WEIGHT * weight * t.factor * s.factor,
        kind: 'synonym',
        reason: `name: ${source} ${relation} ${target}${how ? ` (${how})` : ''}`,
      });
    }
  }
  const found = best as NameMatch | null;
  if (found && found.score >= FUZZY_CEILING) return found;
  const loose = looseSimilarity(canonicalWords(target), canonicalWords(source)) * FUZZY_CEILING;
  if (loose >= LOWEST_SCORE && (!found || loose > found.score)) {
    return { score: loose, kind: 'fuzzy', reason: `name: ${source} is like ${target} (${Math.round((loose / FUZZY_CEILING) * 100)}% similar)` };
  }
  return found && found.score >= LOWEST_SCORE ? found : null;
}

/**
 * The readings of a name that keep its meaning: once the name as written is firmly in the
 * dictionary (not a weak member such as `id`), a shorter reading that lands in another
 * group is dropped (`diagnosis_id` is an id, not the `diagnosis` code its core would say).
 */
function knownReadings(name: string, table: string | null): Reading[] {
  const all = readings(name, table);
  const entry = synonymEntries().get(all[0]!.key);
  if (!entry || entry.weight < 1) return all;
  const group = entry.group;
  return all.filter((r, i) => i === 0 || (synonymEntries().get(r.key)?.group ?? group) === group);
}

/** The ways a name can be read: as written (abbreviations read out), without a suffix, and in its table's context. */
function readings(name: string, table: string | null): Reading[] {
  const raw = nameWords(name);
  const words = canonicalWords(name);
  const expanded = words.some((w, i) => w !== raw[i]);
  const out: Reading[] = [{ key: compact(words), words, factor: expanded ? 0.95 : 1, note: expanded ? `${name} reads as ${words.join('_')}` : '' }];
  const core = coreWords(words);
  if (core) {
    out.push({ key: compact(core), words: core, factor: expanded ? 0.92 : 0.95, note: `apart from "${words.slice(core.length).join('_')}"` });
  }
  const tableWord = table ? nameWords(table).map(singular).pop() : undefined;
  if (tableWord && words.length === 1 && GENERIC_WORDS.has(words[0]!)) {
    const inContext = [tableWord, ...words];
    out.push({ key: compact(inContext), words: inContext, factor: 0.95, note: `${name} of ${table} reads as ${inContext.join('_')}` });
  }
  return out;
}

/**
 * Word-by-word Jaro-Winkler, both ways round, generic words (`date`,
 * `code`) counting for little, so `death_date` is not like `date_of_birth`; words only
 * count when nearly equal or one is the other's start (`pat`, `patient`).
 */
function looseSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const side = (from: readonly string[], to: readonly string[]) => {
    let total = 0;
    let weightSum = 0;
    for (const word of from) {
      const weight = GENERIC_WORDS.has(word) || /^[0-9]+$/.test(word) ? 0.3 : 1;
      total += weight * Math.max(...to.map((other) => wordSimilarity(word, other)));
      weightSum += weight;
    }
    return total / weightSum;
  };
  // The weaker direction: both names must be explained, or `admission_method` would be like `admission_date`.
  return Math.min(side(a, b), side(b, a));
}

function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short)) return 0.9;
  const score = jaroWinkler(a, b);
  return score >= 0.88 ? score : 0;
}
