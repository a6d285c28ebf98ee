import type { EventName, EventPayload } from '../../preload/contract';
import { createDispatch, type Dispatch } from './dispatch';
import { handlers } from './handlers';
import { Session } from './session';

/** How the engine is hosted: the desktop app, the browser bridge, or a test. */
export type EngineMode = 'desktop' | 'browser' | 'test';

/** Receives every event the engine pushes. */
export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** The engine as its hosts see it: one function to call, one stream of events. */
export interface Engine {
  dispatch: Dispatch;
  /** Adds an event listener; returns the function that removes it. */
  subscribe(listener: EventListener): () => void;
  mode: EngineMode;
  session: Session;
}

/**
 * Builds the engine with every handler wired. Hosts (the Electron utility process, the
 * loopback bridge, tests) only move requests and events; they add no logic of their own.
 */
export function createEngine(options: { projectDir?: string | null; mode: EngineMode }): Engine {
  const listeners = new Set<EventListener>();
  const session = new Session(options.projectDir ?? null);
  const dispatch = createDispatch(handlers, {
    session,
    mode: options.mode,
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
  });
  return {
    dispatch,
    mode: options.mode,
    session,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
