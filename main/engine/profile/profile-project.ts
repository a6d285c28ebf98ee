import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { profileSchema, type Profile, type ProfileEvent, type ProfileProblem, type TableProfile } from '../../../preload/contract/profile-schemas';
import { ProfileStore } from '../../store/profile-store';
import { RunStore } from '../../store/run-store';
import type { SourceConnection } from '../connectors/connector';
import { openSource } from '../connectors/open-source';
import { knownIdentifiers } from '../connectors/registry';
import { CancelledError, UserError } from '../errors';
import { PROJECT_FILES } from '../project/project-files';
import { projectSchema, type SourceConfig } from '../project/project-schema';
import { readYamlOrThrow } from '../project/read-yaml';
import { profileOptions, type ProfileOptions } from './profile-options';
import { pickTables, type TableChoice } from './pick-tables';
import { TableProfiler } from './table-profiler';

/** How to profile a project. */
export interface ProfileProjectOptions extends Partial<ProfileOptions> {
  /** The id to store the profile under (so a caller can hand it out before the scan ends); new when left out. */
  profileId?: string;
  /** Only this source's tables. */
  sourceId?: string;
  /** Tables to profile, as `table` or `source.table`; all of them when left out. */
  tables?: readonly string[];
  /** Rows per batch read from a connector. Default 1000. */
  batchSize?: number;
  signal?: AbortSignal;
  /** Progress, at most about ten a second, then `finished` or `failed`. */
  onEvent?: (event: ProfileEvent) => void;
  /** Save the result in the project's run store. Default true. */
  store?: boolean;
}

/** A finished scan: the profile (suppressed, as stored and exported). */
export interface ProfileProjectResult {
  status: 'succeeded' | 'cancelled';
  profile: Profile;
}

const PROGRESS_INTERVAL_MS = 100;

/** A new profile id: the time and four random hex digits, like a run id. */
export function newProfileId(now = new Date()): string {
  return `profile-${now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}-${randomBytes(2).toString('hex')}`;
}

/**
 * Profiles every table of a project's sources (or the chosen ones) through their
 * connectors, one pass per table, and stores the result in the run store's `profiles`
 * table. A cancelled scan returns the tables finished so far with status `cancelled`
 * (and stores no result). A table that cannot be read (found so by discovery, or part
 * way through) is left out and listed in `problems` with its file and line, so one bad
 * export never hides the profiles of the good ones.
 */
export async function profileProject(dirArg: string, options: ProfileProjectOptions = {}): Promise<ProfileProjectResult> {
  const dir = resolve(dirArg);
  if (!existsSync(join(dir, PROJECT_FILES.project))) {
    throw new UserError('not a Cutover project: project.yaml not found', { file: join(dirArg, PROJECT_FILES.project) });
  }
  const config = readYamlOrThrow(join(dir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
  // The project's own minimum cell count unless the caller (cutover profile --min-cell-count) names one.
  const settings = profileOptions({ ...options, minCellCount: options.minCellCount ?? config.privacy.minCellCount });
  const connections = new Map<SourceConfig, SourceConnection>();
  const runStore = options.store === false ? null : RunStore.open(dir);
  const store = runStore ? new ProfileStore(runStore.db) : null;
  const id = options.profileId ?? newProfileId();
  const createdAt = new Date().toISOString();
  const emit = options.onEvent ?? (() => undefined);
  try {
    const sources = config.sources.filter((source) => options.sourceId === undefined || source.id === options.sourceId);
    if (sources.length === 0) throw new UserError(`no source with id "${options.sourceId}"`, { file: PROJECT_FILES.project, field: 'sources' });
    for (const source of sources) connections.set(source, openSource(source, { baseDir: dir }));
    const chosen = await pickTables(connections, options.tables);
    store?.start(id, createdAt, settings.minCellCount);
    const tables: TableProfile[] = [];
    const problems: ProfileProblem[] = [];
    let status: ProfileProjectResult['status'] = 'succeeded';
    const throttle = { last: -Infinity };
    try {
      for (const [i, choice] of chosen.entries()) {
        const { sourceId: source, table } = choice;
        if (table.problem) {
          problems.push({ source, table: table.name, file: table.problem.file, line: table.problem.line, text: table.problem.text, rowsRead: 0 });
          continue;
        }
        const rows = { read: 0 };
        try {
          tables.push(await profileTable(choice, id, settings, options, emit, throttle, i === chosen.length - 1, rows));
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          problems.push({ source, table: table.name, file: error.place.file, line: error.place.line, text: error.message, rowsRead: rows.read });
        }
      }
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error;
      status = 'cancelled';
    }
    const profile = profileSchema.parse({ id, createdAt, minCellCount: settings.minCellCount, tables, problems });
    if (status === 'succeeded') store?.saveProfile(profile);
    else store?.finishWithout(id, 'cancelled');
    emit({ type: 'finished', profileId: id, status });
    return { status, profile };
  } catch (error) {
    const message = error instanceof UserError ? error.describe() : (error as Error).message;
    store?.finishWithout(id, 'failed', message);
    emit({ type: 'failed', profileId: id, message });
    throw error;
  } finally {
    for (const connection of connections.values()) await connection.close();
    runStore?.close();
  }
}

/**
 * Profiles one table. Progress shares one clock across tables, so a folder of many small
 * files still sends about ten events a second; the last table always reports its end.
 */
async function profileTable(
  choice: TableChoice,
  profileId: string,
  settings: ProfileOptions,
  options: ProfileProjectOptions,
  emit: (event: ProfileEvent) => void,
  throttle: { last: number },
  lastTable: boolean,
  rows: { read: number },
): Promise<TableProfile> {
  const { connection, sourceId, sourceType, table } = choice;
  const columns = table.columns.map((c) => c.name);
  const profiler = new TableProfiler(sourceId, table.name, columns, settings, knownIdentifiers(sourceType, table.name));
  const progress = (force: boolean) => {
    const now = performance.now();
    if (!force && now - throttle.last < PROGRESS_INTERVAL_MS) return;
    throttle.last = now;
    emit({ type: 'progress', profileId, table: table.name, rowsDone: profiler.rows, totalRows: table.rowEstimate });
  };
  progress(false);
  for await (const batch of connection.read(table.name, { batchSize: options.batchSize ?? 1000, signal: options.signal })) {
    if (options.signal?.aborted) throw new CancelledError('profiling cancelled');
    profiler.addBatch(batch);
    rows.read = profiler.rows;
    progress(false);
  }
  if (options.signal?.aborted) throw new CancelledError('profiling cancelled');
  progress(lastTable);
  return profiler.finish();
}
