import { SETTING_LIMITS, settingKeySchema, type PipelineStrategy, type ProjectSettings, type SettingKey, type SettingsChange } from '../../../preload/contract/settings-schemas';

/** The Settings form as typed: numbers stay text until they are checked. */
export interface SettingsForm {
  batchSize: string;
  strategy: PipelineStrategy;
  concurrency: string;
  keepBackups: string;
  maskPreviews: boolean;
  minCellCount: string;
}

/** A message per field the form cannot save as typed. */
export type FormErrors = Partial<Record<SettingKey, string>>;

/** The form's field for each setting, so an error from the engine lands on the right one. */
export const FIELD_OF: Record<SettingKey, keyof SettingsForm> = {
  'pipeline.batchSize': 'batchSize',
  'pipeline.strategy': 'strategy',
  'pipeline.concurrency': 'concurrency',
  'pipeline.keepBackups': 'keepBackups',
  'privacy.maskPreviews': 'maskPreviews',
  'privacy.minCellCount': 'minCellCount',
};

/** The form showing saved settings. */
export function formOf(settings: ProjectSettings): SettingsForm {
  return {
    batchSize: String(settings.pipeline.batchSize),
    strategy: settings.pipeline.strategy,
    concurrency: String(settings.pipeline.concurrency),
    keepBackups: String(settings.pipeline.keepBackups),
    maskPreviews: settings.privacy.maskPreviews,
    minCellCount: String(settings.privacy.minCellCount),
  };
}

/** A numeric setting's range in words: `from 1 to 100,000`. */
export function rangeText(key: keyof typeof SETTING_LIMITS): string {
  const { min, max } = SETTING_LIMITS[key];
  return `from ${min.toLocaleString('en-GB')} to ${max.toLocaleString('en-GB')}`;
}

/** A whole number typed in a field, within the setting's range; a message saying what is wrong otherwise. */
function wholeNumber(text: string, key: keyof typeof SETTING_LIMITS): number | string {
  const { min, max } = SETTING_LIMITS[key];
  const range = rangeText(key);
  const trimmed = text.trim();
  if (trimmed === '') return `Required: a whole number ${range}.`;
  if (!/^-?\d+$/.test(trimmed)) return `Not a whole number: enter one ${range}.`;
  const value = Number(trimmed);
  if (value < min || value > max) return `Out of range: enter a whole number ${range}.`;
  return value;
}

/** What the form holds as settings, and a message for each field that cannot be saved. */
export function readForm(form: SettingsForm): { settings: ProjectSettings | null; errors: FormErrors } {
  const errors: FormErrors = {};
  const number = (key: keyof typeof SETTING_LIMITS, text: string) => {
    const value = wholeNumber(text, key);
    if (typeof value === 'string') errors[key] = value;
    return typeof value === 'number' ? value : 0;
  };
  const settings: ProjectSettings = {
    pipeline: {
      batchSize: number('pipeline.batchSize', form.batchSize),
      strategy: form.strategy,
      concurrency: number('pipeline.concurrency', form.concurrency),
      keepBackups: number('pipeline.keepBackups', form.keepBackups),
    },
    privacy: { maskPreviews: form.maskPreviews, minCellCount: number('privacy.minCellCount', form.minCellCount) },
  };
  return { settings: Object.keys(errors).length === 0 ? settings : null, errors };
}

/**
 * What to send to save the form: only the settings whose value differs from the saved
 * one, so saving never writes out a default nobody chose. Empty when nothing changed.
 */
export function changeFrom(saved: ProjectSettings, edited: ProjectSettings): SettingsChange {
  const change: SettingsChange = {};
  for (const section of ['pipeline', 'privacy'] as const) {
    const from = saved[section] as Record<string, unknown>;
    const to = edited[section] as Record<string, unknown>;
    const differing = Object.fromEntries(Object.keys(to).filter((key) => to[key] !== from[key]).map((key) => [key, to[key]]));
    if (Object.keys(differing).length > 0) Object.assign(change, { [section]: differing });
  }
  return change;
}

/** Whether the form differs from the saved settings (numbers compared as typed, spaces aside). */
export function isDirty(saved: ProjectSettings, form: SettingsForm): boolean {
  const shown = formOf(saved);
  return (Object.keys(shown) as (keyof SettingsForm)[]).some((field) => {
    const a = shown[field];
    const b = form[field];
    return typeof a === 'string' && typeof b === 'string' ? a !== b.trim() : a !== b;
  });
}

/**
 * The field an engine refusal names (`{ field: 'pipeline.batchSize' }`), as a form error
 * with the engine's words; null when it names no setting, for a page-level alert instead.
 */
export function fieldError(details: unknown, message: string): FormErrors | null {
  const field = (details as { field?: unknown } | null)?.field;
  const key = settingKeySchema.safeParse(field);
  if (!key.success) return null;
  // The engine says `project.yaml: pipeline.batchSize: must be at most 100000`; the field already shows where.
  const prefix = `${key.data}: `;
  let words = message.startsWith('project.yaml: ') ? message.slice('project.yaml: '.length) : message;
  if (words.startsWith(prefix)) words = words.slice(prefix.length);
  return { [key.data]: `${words.charAt(0).toUpperCase()}${words.slice(1)}` };
}
