import type { TableSuggestionsView } from '../../../preload/contract';
import { call } from '../../api/call';
import { useAsync, type AsyncState } from '../../api/use-async';

/** Suggestions for one target table, asked again whenever the contract changes (its driving table may have). */
export function useSuggestions(table: string | null, contractSha: string | null): AsyncState<TableSuggestionsView | null> {
  return useAsync(() => (table ? call('mapping:suggest', { table }) : Promise.resolve(null)), [table, contractSha]);
}
