import { resolve } from 'node:path';
import type { Suggestion } from '../../../preload/contract';
import { suggestForProject, type TableSuggestions } from '../../engine/mapping/suggest-project';
import { profileProject } from '../../engine/profile/profile-project';
import { isUserError } from '../../engine/errors';
import { EXIT, printJson, type Io } from '../output';

/** Options of `cutover suggest`. */
export interface SuggestCommandOptions {
  table?: string[];
  limit: number;
  all?: boolean;
  json?: boolean;
}

/**
 * `cutover suggest <project>`: for each target field the contract has not decided (all of
 * them with --all), the best ways to fill it with a confidence and the evidence. Uses the
 * newest stored profile; when there is none it profiles the sources first and says so.
 */
export async function suggest(io: Io, dirArg: string, options: SuggestCommandOptions): Promise<number> {
  const dir = resolve(dirArg);
  let tables: TableSuggestions[];
  try {
    tables = suggestForProject(dir, { tables: options.table, limit: options.limit });
  } catch (error) {
    if (!isUserError(error) || error.code !== 'NOT_FOUND' || !error.message.startsWith('suggestions need a profile')) throw error;
    io.err('cutover: no profile of the sources yet; profiling them first…');
    const { profile } = await profileProject(dir);
    tables = suggestForProject(dir, { tables: options.table, limit: options.limit, profile });
  }
  const shown = tables.map((t) => ({ ...t, fields: options.all ? t.fields : t.fields.filter((f) => !f.decided) }));
  if (options.json) printJson(io, { tables: shown });
  else io.out(suggestionsText(shown));
  return EXIT.ok;
}

/** The suggestions as readable text: per target table its driving table, then each field's best guesses. */
export function suggestionsText(tables: readonly TableSuggestions[]): string {
  const blocks = tables.map((t) => {
    const driving = t.drivingTable
      ? `driven from ${t.drivingTable}`
      : t.suggestedDriving
        ? `drive from ${t.suggestedDriving.table}? (${percent(t.suggestedDriving.confidence)})`
        : 'no source table fits';
    const lines = [`${t.table}: ${driving}`];
    if (t.fields.length === 0) lines.push('  every field is decided');
    for (const field of t.fields) {
      if (field.suggestions.length === 0) {
        lines.push(`  ${field.targetField}: no suggestion`);
        continue;
      }
      field.suggestions.forEach((s, i) => lines.push(`  ${i === 0 ? field.targetField : ' '.repeat(field.targetField.length)}  ${describe(s)}`));
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n');
}

function describe(s: Suggestion): string {
  const source = s.sourceField ? `${s.sourceTable}.${s.sourceField}` : '—';
  const how = s.expression ? ` ${s.expression}` : s.crosswalk ? ` via crosswalk ${s.crosswalk}` : '';
  return `${percent(s.confidence).padStart(4)}  ${s.class} ${source}${how}  (${s.reasons.join('; ')})`;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}
