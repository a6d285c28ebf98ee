import { join } from 'node:path';
import { PROJECT_FILES } from '../../engine/project/project-files';
import { readYaml } from '../../engine/project/read-yaml';
import { qualityReport } from '../../engine/quality/quality-report';
import type { DeclaredRule } from '../../engine/quality/rule-definition';
import { RULE_DEFINITIONS } from '../../engine/quality/rule-registry';
import { rulesSchema } from '../../engine/quality/rules-schema';
import { maskValue } from '../../engine/preview/mask-value';
import { PatientQualityStore } from '../../store/patient-quality-store';
import { QualityStore } from '../../store/quality-store';
import { RunStore } from '../../store/run-store';
import type { Handler } from '../handler-types';

/** `quality:report`: a run's quality (the newest run's when no id is given), null before any run. */
export const report: Handler<'quality:report'> = (input, { session }) => {
  const dir = session.requireProject();
  return withStore(dir, (store) => qualityReport(store, declaredRules(dir), input.runId));
};

/** `quality:issues`: a page of a run's issues, filtered by table, rule and severity. */
export const issues: Handler<'quality:issues'> = (input, { session }) =>
  withStore(session.requireProject(), (store) => {
    store.getRun(input.runId, 0); // NOT_FOUND for an unknown run
    return new QualityStore(store.db).issues(input.runId, { table: input.table, rule: input.rule, severity: input.severity }, input.offset, input.limit);
  });

/** `quality:rejects`: a run's rejected rows as CSV, with locators and reasons only. */
export const rejects: Handler<'quality:rejects'> = (input, { session }) =>
  withStore(session.requireProject(), (store) => {
    store.getRun(input.runId, 0);
    return { fileName: `rejects-${input.runId}.csv`, content: new QualityStore(store.db).rejectsCsv(input.runId) };
  });

/** `quality:patients`: a page of a run's patients, lowest score first; a patient's key is an identifier, so masked unless revealed. */
export const patients: Handler<'quality:patients'> = (input, { session }) =>
  withStore(session.requireProject(), (store) => {
    store.getRun(input.runId, 0);
    const page = new PatientQualityStore(store.db).lowest(input.runId, input.offset, input.limit);
    const shown = (key: string) => {
      const text = key.replaceAll('\u001f', ' / ');
      return input.reveal ? text : String(maskValue(text));
    };
    return { total: page.total, patients: page.patients.map((p) => ({ ...p, patient: shown(p.patient) })) };
  });

/** `quality:checks`: every check of the rule library with its examples. */
export const checks: Handler<'quality:checks'> = () =>
  RULE_DEFINITIONS.map((d) =>
    d.kind === 'row'
      ? { check: d.check, kind: d.kind, examples: d.examples.map((e) => ({ options: e.options, valid: e.valid, invalid: e.invalid })) }
      : { check: d.check, kind: d.kind, examples: d.examples.map((e) => ({ options: e.options, valid: e.fails ? [] : e.rows, invalid: e.fails ? e.rows : [] })) },
  );

/** The project's declared rules, for their descriptions; none when rules.yaml is absent or broken. */
function declaredRules(dir: string): DeclaredRule[] {
  const read = readYaml(join(dir, PROJECT_FILES.rules), PROJECT_FILES.rules, rulesSchema);
  return (read.value?.rules ?? []) as DeclaredRule[];
}

function withStore<T>(dir: string, work: (store: RunStore) => T): T {
  const store = RunStore.open(dir);
  try {
    return work(store);
  } finally {
    store.close();
  }
}
