import { useEffect, useRef } from 'react';
import { AREAS, type AreaId } from './areas';
import { hasCommandModifier } from './shortcuts';

/** Ctrl/⌘+1..9 jump to the first nine areas of the drawer, from anywhere in the app. */
export function useAreaShortcuts(navigate: (area: AreaId) => void): void {
  const latest = useRef(navigate);
  latest.current = navigate;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasCommandModifier(event) || !/^[1-9]$/.test(event.key)) return;
      const area = AREAS[Number(event.key) - 1];
      if (!area) return;
      event.preventDefault();
      latest.current(area.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
