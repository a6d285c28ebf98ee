import { isMap, isScalar, type Document, type YAMLMap } from 'yaml';
import type { z } from 'zod';
import type { ProjectSettings, SettingKey, SettingsChange } from '../../../preload/contract/settings-schemas';
import { UserError } from '../errors';
import { PROJECT_FILES } from './project-files';
import { readProjectDocument, writeProjectDocument } from './project-document';
import { pipelineSchema, privacySchema } from './project-schema';

/** The sections of project.yaml the Settings page edits, each with the schema of its keys. */
const SECTIONS = { pipeline: pipelineSchema, privacy: privacySchema } as const;

type Section = keyof typeof SECTIONS;

/** The project's settings as they take effect, and the ones project.yaml sets itself. */
export interface SettingsRead {
  settings: ProjectSettings;
  setInFile: SettingKey[];
}

/** One setting that changed, for the audit trail: settings are options, never data values. */
export interface SettingChanged {
  key: SettingKey;
  from: unknown;
  to: unknown;
}

/** What each setting is when project.yaml leaves it out. */
export function defaultSettings(): ProjectSettings {
  return { pipeline: pipelineSchema.parse({}), privacy: privacySchema.parse({}) };
}

/** Reads the settings of a project (defaults filled in) and which of them project.yaml sets. */
export function readSettings(dir: string): SettingsRead {
  return settingsOf(readProjectDocument(dir));
}

/** What {@link editSettings} did: the settings after it, and what changed. */
export interface SettingsEdit {
  read: SettingsRead;
  /** The settings whose value changed (a default written out as it is does not count). */
  changed: SettingChanged[];
  /** Whether project.yaml was written. */
  written: boolean;
}

/**
 * Changes some settings in `project.yaml`, keeping its comments and layout; the others
 * stay as they are, and null takes a setting out of the file so its default applies (a
 * section left empty goes too). Every value is checked against the project schema first,
 * and the first wrong one is refused as a UserError naming its field
 * (`pipeline.batchSize`), with the file untouched. A value the file already holds is not
 * rewritten, so saving what is there writes nothing.
 */
export function editSettings(dir: string, change: SettingsChange): SettingsEdit {
  const values = checkedValues(change);
  const doc = readProjectDocument(dir);
  const before = settingsOf(doc);
  const changed: SettingChanged[] = [];
  let touched = false;
  for (const { section, key, value } of values) {
    const name = `${section}.${key}` as SettingKey;
    const current = (before.settings[section] as Record<string, unknown>)[key];
    const inFile = before.setInFile.includes(name);
    if (value === null) {
      if (!inFile) continue;
      removeKey(doc, section, key);
      const fallback = (defaultSettings()[section] as Record<string, unknown>)[key];
      if (current !== fallback) changed.push({ key: name, from: current, to: fallback });
    } else {
      if (inFile && current === value) continue;
      sectionMap(doc, section).set(key, value);
      if (current !== value) changed.push({ key: name, from: current, to: value });
    }
    touched = true;
  }
  if (!touched) return { read: before, changed, written: false };
  writeProjectDocument(dir, doc);
  return { read: settingsOf(doc), changed, written: true };
}

/** The change as a list of section, key and value, each checked against its schema. */
function checkedValues(change: SettingsChange): { section: Section; key: string; value: unknown }[] {
  const values: { section: Section; key: string; value: unknown }[] = [];
  for (const [section, given] of Object.entries(change) as [string, Record<string, unknown> | undefined][]) {
    if (given === undefined) continue;
    if (!(section in SECTIONS)) throw new UserError(`not a section of the settings; known: ${Object.keys(SECTIONS).join(', ')}`, { field: section });
    const shape: Record<string, z.ZodType> = SECTIONS[section as Section].shape;
    for (const [key, value] of Object.entries(given)) {
      if (value === undefined) continue;
      const field = `${section}.${key}`;
      if (!(key in shape)) throw new UserError(`not a ${section} setting; known: ${Object.keys(shape).join(', ')}`, { field });
      if (value === null) {
        values.push({ section: section as Section, key, value: null });
        continue;
      }
      const parsed = shape[key]!.safeParse(value);
      if (!parsed.success) throw new UserError(settingMessage(parsed.error.issues[0]!), { file: PROJECT_FILES.project, field });
      values.push({ section: section as Section, key, value: parsed.data });
    }
  }
  return values;
}

/** A schema issue in words a person changing one field can act on. */
function settingMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_small') return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_big') return `must be at most ${String(issue.maximum)}`;
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'must be a whole number';
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

/** Takes a key out of its section, and the section out of the file when nothing is left in it. */
function removeKey(doc: Document, section: Section, key: string): void {
  const map = sectionMap(doc, section);
  map.delete(key);
  if (map.items.length === 0) doc.delete(section);
}

/** The section's mapping in the document, made when project.yaml has none (or an empty one). */
function sectionMap(doc: Document, section: Section): YAMLMap {
  const node = doc.get(section, true);
  if (isMap(node)) return node;
  if (node === undefined || (isScalar(node) && node.value === null)) {
    const made = doc.createNode({}) as YAMLMap;
    doc.set(section, made);
    return made;
  }
  throw new UserError('not a mapping', { file: PROJECT_FILES.project, field: section });
}

/**
 * The settings as they take effect. Only the two sections are read, so a slip elsewhere
 * in project.yaml (a source with a bad option) does not hide them.
 */
function settingsOf(doc: Document): SettingsRead {
  const raw = (doc.toJS() ?? {}) as Record<string, unknown>;
  const setInFile: SettingKey[] = [];
  const read = <S extends Section>(section: S): z.infer<(typeof SECTIONS)[S]> => {
    const given = raw[section] ?? {};
    const parsed = SECTIONS[section].safeParse(given);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new UserError(issue.message, { file: PROJECT_FILES.project, field: [section, ...issue.path].join('.') });
    }
    for (const key of Object.keys(SECTIONS[section].shape)) if ((given as Record<string, unknown>)[key] !== undefined) setInFile.push(`${section}.${key}` as SettingKey);
    return parsed.data as z.infer<(typeof SECTIONS)[S]>;
  };
  return { settings: { pipeline: read('pipeline'), privacy: read('privacy') }, setInFile };
}
