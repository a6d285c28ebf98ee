import type { ConnectorKind } from '../../../preload/contract';

/**
 * A likely source kind for a file name, by its ending (`.csv` → csv); the first kind that
 * lists it wins, which is the registry's order. FHIR and plain JSON share `.json`, so a
 * dropped file is a guess the user can change in the dialog.
 */
export function kindForFile(name: string, kinds: readonly ConnectorKind[]): string | undefined {
  const ending = name.toLowerCase().split('.').pop() ?? '';
  return kinds.find((k) => k.role === 'source' && k.extensions.includes(ending))?.id;
}
