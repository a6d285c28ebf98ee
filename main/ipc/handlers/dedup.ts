import type { DedupRecord } from '../../engine/dedup/dedup-config';
import { goldenRecords } from '../../engine/dedup/golden-record';
import { effectiveClusters, readTargetRecords, requireDedupFile, reviewKey, runDedup, summaryOf } from '../../engine/dedup/project/run-dedup';
import { UserError } from '../../engine/errors';
import { loadProject } from '../../engine/project/inspect-project';
import { maskValue } from '../../engine/preview/mask-value';
import { DedupStore } from '../../store/dedup-store';
import { RunStore } from '../../store/run-store';
import type { Handler } from '../handler-types';

/** `dedup:run`: links the loaded target table's records and keeps the run. */
export const run: Handler<'dedup:run'> = async (_input, { session }) => {
  if (session.busy) throw new UserError('a run or a profiling scan is in progress; wait for it to finish', {}, 'CONFLICT');
  return runDedup(await loadProject(session.requireProject()));
};

/** `dedup:latest`: the newest linkage run with its clusters and open reviews, or null. */
export const latest: Handler<'dedup:latest'> = (_input, { session }) =>
  withDedup(session.requireProject(), (store) => {
    const run = store.latest();
    return run ? summaryOf(store, run) : null;
  });

/** `dedup:pairs`: a page of the newest run's pairs, both records' compared fields masked unless revealed. */
export const pairs: Handler<'dedup:pairs'> = async (input, { session }) => {
  const project = await loadProject(session.requireProject());
  const file = requireDedupFile(project.dir);
  const { run, stored } = withDedup(project.dir, (store) => {
    const latestRun = store.latest();
    if (!latestRun) throw new UserError('no deduplication has run yet', {}, 'NOT_FOUND');
    return { run: latestRun, stored: store.pairs(latestRun.id, input.decision) };
  });
  const page = stored.slice(input.offset, input.offset + input.limit);
  const byId = recordsById(readTargetRecords(project, run.table, file.linkage.idField), file.linkage.idField);
  const fields = [file.linkage.idField, ...file.linkage.fields.map((f) => f.field)];
  const shown = (id: string) => pick(byId.get(id) ?? {}, fields, input.reveal === true);
  return { total: stored.length, pairs: page.map((p) => ({ ...p, records: { a: shown(p.a), b: shown(p.b) } })) };
};

/** `dedup:decide`: a person says whether a pair is the same person; answers the summary after it. */
export const decide: Handler<'dedup:decide'> = (input, { session }) => {
  const dir = session.requireProject();
  return withDedup(dir, (store, runStore) => {
    const run = store.latest();
    if (!run) throw new UserError('no deduplication has run yet', {}, 'NOT_FOUND');
    if (!store.pairs(run.id).some((p) => reviewKey(p.a, p.b) === reviewKey(input.a, input.b))) {
      throw new UserError('that pair is not among the matched or review pairs of the newest run', { field: 'a' }, 'NOT_FOUND');
    }
    store.decide(reviewKey(input.a, input.b), input.decision, input.by);
    runStore.audit('dedup.reviewed', run.table, { decision: input.decision ?? 'withdrawn' }, input.by);
    return summaryOf(store, run);
  });
};

/** `dedup:clusters`: a page of the people found more than once, each with its golden record. */
export const clusters: Handler<'dedup:clusters'> = async (input, { session }) => {
  const project = await loadProject(session.requireProject());
  const file = requireDedupFile(project.dir);
  const { run, found } = withDedup(project.dir, (store) => {
    const latestRun = store.latest();
    if (!latestRun) throw new UserError('no deduplication has run yet', {}, 'NOT_FOUND');
    return { run: latestRun, found: effectiveClusters(store.pairs(latestRun.id)) };
  });
  const page = found.slice(input.offset, input.offset + input.limit);
  const records = readTargetRecords(project, run.table, file.linkage.idField);
  const golden = goldenRecords(page, records, file.linkage);
  const fields = [file.linkage.idField, ...file.linkage.fields.map((f) => f.field)];
  return {
    total: found.length,
    clusters: golden.map((g) => ({ id: g.cluster, members: input.reveal ? g.members : g.members.map((m) => String(maskValue(m))), golden: pick(g.values, fields, input.reveal === true), provenance: g.provenance })),
  };
};

function recordsById(records: readonly DedupRecord[], idField: string): Map<string, DedupRecord> {
  return new Map(records.map((r) => [String(r[idField]).trim(), r]));
}

/** The compared fields of a record; every one identifies a person, so all are masked unless revealed. */
function pick(record: Readonly<Record<string, string | number | null>>, fields: readonly string[], reveal: boolean): Record<string, string | number | null> {
  return Object.fromEntries(fields.map((f) => [f, reveal ? (record[f] ?? null) : (maskValue(record[f] ?? null) as string | number | null)]));
}

function withDedup<T>(dir: string, work: (store: DedupStore, runStore: RunStore) => T): T {
  const runStore = RunStore.open(dir);
  try {
    return work(new DedupStore(runStore.db), runStore);
  } finally {
    runStore.close();
  }
}
