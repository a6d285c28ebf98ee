import { jaroWinkler } from '../suggest/jaro-winkler';
import { distinctTargets, type CodeEvidence, type CodeRow } from './code-evidence';
import { descriptionParts, initials, isAbbreviationOf, normaliseText } from './code-text';

/** Below this Jaro-Winkler similarity two phrases are not taken for the same words misspelt. */
const FUZZY_FLOOR = 0.88;

/** What one target is called in the crosswalk: its descriptions and the source codes mapped to it. */
interface TargetNames {
  target: string;
  descriptions: string[];
  sources: string[];
}

/** A phrase to compare the code with, and how to say where it came from. */
interface Phrase {
  text: string;
  original: string;
  where: string;
}

/**
 * Evidence from what the crosswalk's targets are called: the code equal to a description
 * or a distinctive part of one (`Indian` in `Asian or Asian British - Indian`), spelt much
 * like one, or an abbreviation of one (`Marr` → Married, `NS` → Not stated).
 */
export function textEvidence(code: string, rows: readonly CodeRow[]): CodeEvidence[] {
  const wanted = normaliseText(code);
  // Numbers and symbols are codes, not words: likeness of spelling says nothing about them.
  if (!/\p{L}/u.test(wanted)) return [];
  const names = targetNames(rows);
  const partOwners = countPartOwners(names);
  // A phrase several targets share ("Asian or Asian British") names none of them, nor does anything spelt like it.
  if ((partOwners.get(wanted) ?? 0) > 1) return [];
  const exact: CodeEvidence[] = [];
  const fuzzy: CodeEvidence[] = [];
  const abbreviations: CodeEvidence[] = [];
  for (const name of names) {
    const described = exactDescription(code, wanted, name, partOwners);
    if (described) {
      exact.push(described);
      continue;
    }
    const spelt = fuzzyMatch(code, wanted, name);
    if (spelt) fuzzy.push(spelt);
    const abbreviation = abbreviationMatch(code, wanted, name);
    if (abbreviation) abbreviations.push(abbreviation);
  }
  // A code a description matches exactly is not also a misspelling of its neighbours ("White British" is not "White - Irish").
  if (exact.length > 0) return exact;
  return [...spreadOut(fuzzy), ...spreadOut(abbreviations)];
}

/**
 * Loose evidence that fits several targets ("Oth", "Emer") tells little about any of
 * them: each further target it fits takes 0.1 off, and past three it is dropped.
 */
function spreadOut(evidence: CodeEvidence[]): CodeEvidence[] {
  if (evidence.length > 3) return [];
  const penalty = 0.1 * (evidence.length - 1);
  return evidence.map((e) => ({ ...e, confidence: e.confidence - penalty }));
}

function targetNames(rows: readonly CodeRow[]): TargetNames[] {
  return distinctTargets(rows).map((target) => {
    const own = rows.filter((r) => r.target.trim() === target);
    return {
      target,
      descriptions: [...new Set(own.map((r) => r.description.trim()).filter((d) => d !== ''))],
      sources: [...new Set(own.map((r) => r.source.trim()).filter((s) => s !== ''))],
    };
  });
}

/** How many targets each description part belongs to: `asian or asian british` belongs to four ethnic categories. */
function countPartOwners(names: readonly TargetNames[]): Map<string, number> {
  const owners = new Map<string, number>();
  for (const name of names) {
    for (const part of new Set(name.descriptions.flatMap(descriptionParts))) owners.set(part, (owners.get(part) ?? 0) + 1);
  }
  return owners;
}

function exactDescription(code: string, wanted: string, name: TargetNames, partOwners: Map<string, number>): CodeEvidence | null {
  const compact = wanted.replace(/ /g, '');
  for (const description of name.descriptions) {
    const text = normaliseText(description);
    if (text === wanted || text.replace(/ /g, '') === compact) {
      const confidence = text === wanted ? 0.9 : 0.88;
      return { kind: 'description', target: name.target, confidence, reason: `"${code}" matches the description of ${name.target}, "${description}"` };
    }
  }
  for (const description of name.descriptions) {
    const part = descriptionParts(description).find((p) => p === wanted && partOwners.get(p) === 1);
    if (part) return { kind: 'description', target: name.target, confidence: 0.8, reason: `"${code}" is part of the description of ${name.target}, "${description}"` };
  }
  return null;
}

/** The phrases a target goes by; source codes too short to be words are left out. */
function phrases(name: TargetNames): Phrase[] {
  const fromDescriptions = name.descriptions.flatMap((d) => [normaliseText(d), ...descriptionParts(d)].map((text) => ({
    text, original: d, where: `the description of ${name.target}`,
  })));
  const fromSources = name.sources
    .map((s) => ({ text: normaliseText(s), original: s, where: `a source code this crosswalk maps to ${name.target}` }))
    .filter((p) => p.text.replace(/ /g, '').length >= 3 && /\p{L}/u.test(p.text));
  return [...fromDescriptions, ...fromSources];
}

function fuzzyMatch(code: string, wanted: string, name: TargetNames): CodeEvidence | null {
  if (wanted.replace(/ /g, '').length < 3) return null;
  let best: { score: number; phrase: Phrase } | null = null;
  for (const phrase of phrases(name)) {
    // An equal phrase was judged already: as a description (and not distinctive), or as a case variant.
    if (phrase.text === wanted) continue;
    // Jaro-Winkler's bonus for a shared start makes any prefix look close; "Emer" is not a misspelt "emergency".
    if (Math.min(wanted.length, phrase.text.length) / Math.max(wanted.length, phrase.text.length) < 0.6) continue;
    const score = jaroWinkler(wanted, phrase.text);
    if (score >= FUZZY_FLOOR && (!best || score > best.score)) best = { score, phrase };
  }
  if (!best) return null;
  const confidence = Math.min(0.7, 0.3 + ((best.score - FUZZY_FLOOR) / (1 - FUZZY_FLOOR)) * 0.4);
  return { kind: 'fuzzy', target: name.target, confidence, reason: `"${code}" is spelt much like "${best.phrase.original}", ${best.phrase.where}` };
}

/** The strongest of: a word of a phrase (`Attended`), the start of a word (`Marr`), the initials of a phrase (`NS`), letters of a word in order (`Wdwd`). */
function abbreviationMatch(code: string, wanted: string, name: TargetNames): CodeEvidence | null {
  const short = wanted.replace(/ /g, '');
  if (short.length < 2 || !/^\p{L}+$/u.test(short)) return null;
  let best: CodeEvidence | null = null;
  const consider = (confidence: number, reason: string) => {
    if (!best || confidence > best.confidence) best = { kind: 'abbreviation', target: name.target, confidence, reason };
  };
  for (const phrase of phrases(name)) {
    if (initials(phrase.text).includes(short)) consider(0.5, `"${code}" could be the initials of "${phrase.original}", ${phrase.where}`);
    if (short.length < 3) continue;
    for (const word of phrase.text.split(' ')) {
      if (word === short && short.length >= 4) consider(0.5, `"${code}" is a word of "${phrase.original}", ${phrase.where}`);
      if (word.length <= short.length) continue;
      const share = short.length / word.length;
      if (word.startsWith(short)) consider(Math.min(0.65, 0.45 + 0.2 * share), `"${code}" looks like the start of "${word}" in "${phrase.original}", ${phrase.where}`);
      else if (share >= 0.4 && isAbbreviationOf(short, word)) consider(Math.min(0.5, 0.35 + 0.2 * share), `"${code}" could be short for "${word}" in "${phrase.original}", ${phrase.where}`);
    }
  }
  return best;
}
