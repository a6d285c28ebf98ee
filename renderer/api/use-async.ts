import { useCallback, useEffect, useRef, useState } from 'react';

/** The state of one piece of data loaded from the engine. */
export interface AsyncState<T> {
  /** The last data loaded; kept while reloading so the screen does not flash. */
  data: T | undefined;
  /** What the last load threw, if it failed. */
  error: unknown;
  /** True while a load is in flight. */
  loading: boolean;
  /** Loads again, e.g. after an action changed what the engine holds. */
  reload: () => void;
}

/**
 * Runs `load` on mount and whenever `deps` change, and tracks its outcome. Answers of
 * superseded loads are dropped so a slow old request cannot overwrite a newer one.
 */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<Omit<AsyncState<T>, 'reload'>>({ data: undefined, error: undefined, loading: true });
  const [nonce, setNonce] = useState(0);
  const generation = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    loadRef.current().then(
      (data) => mine === generation.current && setState({ data, error: undefined, loading: false }),
      (error: unknown) => mine === generation.current && setState((s) => ({ data: s.data, error, loading: false })),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps are the caller's contract
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
