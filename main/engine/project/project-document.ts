import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { UserError } from '../errors';
import { PROJECT_FILES } from './project-files';
import { projectSchema } from './project-schema';

/**
 * `project.yaml` as an editable YAML document: comments, key order, quoting and blank
 * lines survive an edit because only the changed nodes are touched.
 */
export function readProjectDocument(dir: string): Document {
  const file = join(dir, PROJECT_FILES.project);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UserError('project.yaml not found or not readable', { file: PROJECT_FILES.project });
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    throw new UserError(`not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`, { file: PROJECT_FILES.project });
  }
  return doc;
}

/**
 * Checks an edited document against the project schema and writes it. The write goes to
 * a temporary file first and is renamed over the original, so a crash mid-write never
 * leaves half a project.yaml behind.
 */
export function writeProjectDocument(dir: string, doc: Document): void {
  const parsed = projectSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UserError(issue.message, { file: PROJECT_FILES.project, field: issue.path.join('.') || undefined });
  }
  const file = join(dir, PROJECT_FILES.project);
  const temporary = `${file}.${process.pid}.tmp`;
  // lineWidth 0: never fold long lines, which would reformat lines the edit did not touch.
  writeFileSync(temporary, doc.toString({ lineWidth: 0 }));
  renameSync(temporary, file);
}
