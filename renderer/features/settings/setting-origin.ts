import type { SettingKey, SettingsView } from '../../../preload/contract/settings-schemas';

/** Where a setting comes from, for its helper text: project.yaml, or the default (and what that is). */
export function settingOrigin(view: SettingsView, key: SettingKey): string {
  if (view.setInFile.includes(key)) return 'Set in project.yaml';
  const [section, name] = key.split('.') as ['pipeline' | 'privacy', string];
  const value = (view.defaults[section] as Record<string, unknown>)[name];
  return `Default (${typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value)})`;
}
