import { jaroWinkler } from './jaro-winkler';
import { compact, nameWords, singular } from './name-tokens';
import { TABLE_NOISE_WORDS, TABLE_SYNONYMS } from './synonyms';

/** How alike a target table's name and a source table's name are, 0..1, with the reason. */
export interface TableNameMatch {
  score: number;
  reason: string;
}

/** A table name's meaningful words in the singular: `LOAD_PATIENT` → `patient`, `outpatient_appointments` → `outpatient appointment`. */
function tableWords(name: string): string[] {
  return nameWords(name).filter((w) => !TABLE_NOISE_WORDS.has(w)).map(singular);
}

let synonymIndex: Map<string, number> | null = null;

function tableSynonymGroup(key: string): number | undefined {
  synonymIndex ??= new Map(TABLE_SYNONYMS.flatMap((names, group) => names.map((n) => [compact(tableWords(n)), group] as const)));
  return synonymIndex.get(key);
}

/**
 * How alike two table names are once staging words (`LOAD_`, `stg_`) and plurals are set
 * aside: the same name 1, table synonyms (OMOP `person`, `patients`) 0.85, one name within
 * the other 0.7, a near spelling at most 0.5; null when unrelated.
 */
export function tableSimilarity(target: string, source: string): TableNameMatch | null {
  const t = tableWords(target);
  const s = tableWords(source);
  const [tk, sk] = [compact(t), compact(s)];
  if (tk === '' || sk === '') return null;
  if (tk === sk) return { score: 1, reason: `table: ${source} matches ${target}` };
  const group = tableSynonymGroup(tk);
  if (group !== undefined && group === tableSynonymGroup(sk)) return { score: 0.85, reason: `table: ${source} is a synonym of ${target}` };
  const [shorter, longer] = t.length <= s.length ? [t, s] : [s, t];
  if (shorter.every((w) => longer.includes(w))) return { score: 0.7, reason: `table: ${source} and ${target} share the words ${shorter.join(', ')}` };
  const near = jaroWinkler(tk, sk);
  return near >= 0.9 ? { score: 0.5 * near, reason: `table: ${source} is spelled like ${target}` } : null;
}
