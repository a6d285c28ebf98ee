import { useCallback, useEffect, useRef, useState } from 'react';
import type { MappingChange, MappingState } from '../../../preload/contract';
import { call } from '../../api/call';
import { changeBetween, fieldsOf } from './mapping-model';

/** The contract as the page holds it, with the actions that change it. */
export interface MappingHandle {
  state: MappingState | null;
  loadError: unknown;
  /** The last action's failure (a rule broken, the file changed on disk). */
  actionError: unknown;
  busy: boolean;
  /** How many changes Undo can take back. */
  undoable: number;
  reload: () => void;
  apply: (changes: MappingChange[], note?: string) => Promise<boolean>;
  undo: () => Promise<void>;
  restore: (versionId: number) => Promise<boolean>;
  importFrom: (path: string) => Promise<boolean>;
}

/**
 * Loads `mapping:get` and keeps it current: every action answers the new state, and names
 * the contract's hash as read, so a change made meanwhile on disk is refused rather than
 * overwritten. Undo keeps, per change, the change that takes it back.
 */
export function useMapping(projectPath: string | null): MappingHandle {
  const [state, setState] = useState<MappingState | null>(null);
  const [loadError, setLoadError] = useState<unknown>(undefined);
  const [actionError, setActionError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [undoStack, setUndoStack] = useState<MappingChange[][]>([]);
  const current = useRef<MappingState | null>(null);
  current.current = state;

  const reload = useCallback(() => {
    if (!projectPath) return;
    setLoadError(undefined);
    call('mapping:get', {}).then(setState, setLoadError);
  }, [projectPath]);
  useEffect(() => {
    setState(null);
    setUndoStack([]);
    reload();
  }, [reload]);

  const act = async (work: (sha: string) => Promise<MappingState>): Promise<boolean> => {
    const before = current.current;
    if (!before) return false;
    setBusy(true);
    setActionError(null);
    try {
      setState(await work(before.sha256));
      return true;
    } catch (error) {
      setActionError(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const apply = async (changes: MappingChange[], note?: string) => {
    const before = current.current;
    const inverse = before ? inverseOf(before, changes) : [];
    const done = await act((expectedSha) => call('mapping:update', { changes, expectedSha, note }));
    if (done && inverse.length > 0) setUndoStack((stack) => [...stack.slice(-49), inverse]);
    return done;
  };
  const undo = async () => {
    const last = undoStack.at(-1);
    if (!last) return;
    const done = await act((expectedSha) => call('mapping:update', { changes: last, expectedSha, note: 'undo' }));
    if (done) setUndoStack((stack) => stack.slice(0, -1));
  };
  const restore = (versionId: number) => act((expectedSha) => call('mapping:restore', { versionId, expectedSha }));
  const importFrom = (path: string) => act((expectedSha) => call('mapping:import', { path, expectedSha }));

  return { state, loadError, actionError, busy, undoable: undoStack.length, reload, apply, undo, restore, importFrom };
}

/** The changes that put every field `changes` touches back as it was in `state`. */
export function inverseOf(state: MappingState, changes: readonly MappingChange[]): MappingChange[] {
  const inverse: MappingChange[] = [];
  for (const change of changes) {
    const field = fieldsOf(state, change.targetTable).find((f) => f.name.toLowerCase() === change.targetField.toLowerCase());
    if (!field) continue;
    const after = { ...field.effective, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) };
    const back = changeBetween(after, field.effective);
    if (back) inverse.push(back);
  }
  return inverse;
}
