import type { Profile } from '../../../preload/contract';
import { maskValue } from './mask-value';

/**
 * A stored profile as the window sees it by default: the top values of identifying
 * columns masked (their min and max are already masked by the profiler, and direct
 * identifiers have no top values at all). Names, birth dates and postcodes seen at least
 * the minimum cell count times are kept in the store, so revealing them is possible.
 */
export function maskedProfile(profile: Profile): Profile {
  return {
    ...profile,
    tables: profile.tables.map((table) => ({
      ...table,
      columns: table.columns.map((column) =>
        column.flags.length === 0 ? column : { ...column, top: column.top.map((t) => ({ ...t, value: String(maskValue(t.value)) })) },
      ),
    })),
  };
}
