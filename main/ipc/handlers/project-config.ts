import { join } from 'node:path';
import { PROJECT_FILES } from '../../engine/project/project-files';
import { projectSchema, type ProjectConfig } from '../../engine/project/project-schema';
import { readYamlOrThrow } from '../../engine/project/read-yaml';

/**
 * The open project's `project.yaml`, read afresh on every call: the Connectors page edits
 * it, and a user may edit it by hand between two clicks.
 */
export function readProjectConfig(dir: string): ProjectConfig {
  return readYamlOrThrow(join(dir, PROJECT_FILES.project), PROJECT_FILES.project, projectSchema);
}
