import { useEffect, useRef } from 'react';
import { hasCommandModifier } from './shortcuts';

/**
 * Runs `action` when Ctrl/⌘ + `key` is pressed anywhere in the window while the caller is
 * mounted and `enabled`. The default browser action is suppressed only when we act.
 */
export function useShortcut(key: string, action: () => void, enabled = true): void {
  const latest = useRef(action);
  latest.current = action;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasCommandModifier(event) || event.key !== key || event.repeat) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [key, enabled]);
}
