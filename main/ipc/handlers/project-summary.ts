import { basename } from 'node:path';
import type { ProjectSummary } from '../../../preload/contract';
import type { Inspection } from '../../engine/project/inspect-project';
import { drivingSources } from '../../engine/pipeline/driving-source';

/** What the UI shows of a project, including every problem found reading it. */
export function summarize(dir: string, inspection: Inspection): ProjectSummary {
  const { project, problems } = inspection;
  if (!project) {
    return { path: dir, name: basename(dir), sources: [], target: { type: '', path: '', tables: [] }, mappedFields: 0, crosswalks: [], problems };
  }
  const mappedTables = new Set(drivingSources(project.mappings).map((d) => d.table.toLowerCase()));
  return {
    path: project.dir,
    name: project.config.name,
    sources: project.config.sources.map((s) => ({
      id: s.id,
      type: s.type,
      path: s.path,
      tables: project.sourceTables.filter((t) => t.sourceId === s.id).map((t) => t.name),
    })),
    target: {
      type: project.config.target.type,
      path: project.config.target.path,
      tables: project.catalog.tables.map((t) => t.name).filter((t) => mappedTables.size === 0 || mappedTables.has(t.toLowerCase())),
    },
    mappedFields: project.mappings.filter((m) => m.class !== 'UNRESOLVED').length,
    crosswalks: [...project.crosswalks.keys()],
    problems,
  };
}
