import type { Project } from '../project/inspect-project';
import { RunStore } from '../../store/run-store';
import { buildPack } from './build-pack';
import { governancePackHtml } from './pack/pack-html';
import { governancePackJson } from './pack/pack-json';

/** A governance pack as a file: its name, and its content in HTML or JSON. */
export interface PackFile {
  fileName: string;
  content: string;
}

/**
 * Builds a run's governance pack in the format asked for and notes in the audit trail
 * that it was produced, with the audit head it showed: the trail says what the board saw.
 */
export function exportPack(project: Project, format: 'html' | 'json', runId?: string): PackFile {
  const input = buildPack(project, runId);
  const content = format === 'html' ? governancePackHtml(input) : governancePackJson(input);
  const store = RunStore.open(project.dir);
  try {
    store.audit('evidence.pack', input.run.id, { format, auditHead: input.audit.headHash, verdicts: input.verdicts.map((v) => `${v.profile}:${v.verdict}`) });
  } finally {
    store.close();
  }
  return { fileName: `governance-pack-${input.run.id}.${format}`, content };
}
