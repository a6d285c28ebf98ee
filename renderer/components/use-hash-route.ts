import { useCallback, useEffect, useState } from 'react';
import { isAreaId, type AreaId } from './areas';

/** Where the app is: an area and an optional item inside it (e.g. a run id). */
export interface Route {
  area: AreaId;
  item: string | null;
}

function parse(hash: string): Route {
  const [area = '', item] = hash.replace(/^#\/?/, '').split('/');
  return { area: isAreaId(area) ? area : 'dashboard', item: item ? decodeURIComponent(item) : null };
}

/** Builds the hash for a route, for links and navigation. */
export function routeHref(area: AreaId, item?: string): string {
  return item ? `#/${area}/${encodeURIComponent(item)}` : `#/${area}`;
}

/**
 * The current route, kept in the URL hash so it survives a reload and needs neither a
 * router library nor a server: the desktop app loads from a file.
 */
export function useHashRoute(): [Route, (area: AreaId, item?: string) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = useCallback((area: AreaId, item?: string) => {
    window.location.hash = routeHref(area, item);
  }, []);
  return [route, navigate];
}
