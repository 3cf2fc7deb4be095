// Keeps the URL and the active pane in step: routes open panes, pane changes push history, Back and Forward work.
import type { AppStore } from './state/app-store.js';
import type { AppState } from './state/app-state.js';
import type { PaneView } from './state/panes-slice.js';
import { docOfClause, formatRoute, parseRoute, type Route } from './routing.js';
import { hostBridge } from './api/host-bridge.js';

/** Opens what a route names in the active pane (search routes open the search box). */
export function applyRoute(store: AppStore, route: Route): void {
  const s = store.getState();
  switch (route.name) {
    case 'home':
      return;
    case 'search':
      s.openSearch(route.q);
      return;
    default:
      s.openView(viewOfRoute(route), 'active');
  }
}

export function viewOfRoute(route: Exclude<Route, { name: 'home' } | { name: 'search' }>): PaneView {
  switch (route.name) {
    case 'doc':
      return { type: 'doc', doc: route.doc, clause: route.clause };
    case 'clause':
      return { type: 'doc', doc: docOfClause(route.id), clause: route.id };
    case 'provision':
      return { type: 'provision', key: route.key };
    case 'trace':
      return { type: 'trace', clause: route.clause };
  }
}

export function routeOfView(view: PaneView | undefined): Route {
  if (!view) return { name: 'home' };
  switch (view.type) {
    case 'doc':
      return { name: 'doc', doc: view.doc, clause: view.clause };
    case 'provision':
      return { name: 'provision', key: view.key };
    case 'trace':
      return { name: 'trace', clause: view.clause };
  }
}

function activeRoute(state: AppState): Route {
  return routeOfView(state.panes[state.activeSide]?.view);
}

/** The scheme the desktop shell serves the app from (electron/app-origin.ts APP_SCHEME; a test keeps them equal). */
export const DESKTOP_APP_PROTOCOL = 'lextrace-app:';

type LocationLike = Pick<Location, 'protocol' | 'origin'>;

function currentLocation(): LocationLike | undefined {
  return typeof location === 'undefined' ? undefined : location;
}

/** Whether the app is served over http(s): its URLs are web addresses another person can open. */
export function isWebOrigin(loc: LocationLike | undefined = currentLocation()): boolean {
  return loc !== undefined && /^https?:$/.test(loc.protocol);
}

/**
 * Whether paths carry routes, so history works (pushState, Back/Forward): over http(s) and in the desktop shell,
 * whose lextrace-app:// protocol serves index.html for every app route.
 */
export function usesUrlRoutes(loc: LocationLike | undefined = currentLocation()): boolean {
  return loc !== undefined && (isWebOrigin(loc) || loc.protocol === DESKTOP_APP_PROTOCOL);
}

/** The link to a clause a person can paste elsewhere: a web URL, or in the desktop app a lextrace:// deep link. */
export function shareableLink(route: Route, loc: LocationLike | undefined = currentLocation()): string {
  return loc && isWebOrigin(loc) ? `${loc.origin}${formatRoute(route)}` : `lextrace:/${formatRoute(route)}`;
}

/**
 * Applies the starting URL, then mirrors the active pane into history (push when the view changes, replace when only
 * the selected clause moves) and applies Back/Forward and desktop deep links. Returns a cleanup function.
 */
export function startNavigation(store: AppStore): { initialRoute: Route; stop: () => void } {
  const routed = usesUrlRoutes();
  const initialRoute = routed ? parseRoute(location.pathname, location.search, location.hash) : { name: 'home' as const };
  applyRoute(store, initialRoute);
  let current = routed ? formatRoute(activeRoute(store.getState())) : '';
  if (routed && initialRoute.name !== 'search') history.replaceState(null, '', current);

  const unsubscribe = store.subscribe((state) => {
    if (!routed) return;
    const route = activeRoute(state);
    const url = formatRoute(route);
    if (url === current) return;
    const previous = parseRoute(...splitUrl(current));
    const sameDoc = previous.name === 'doc' && route.name === 'doc' && previous.doc === route.doc;
    if (sameDoc) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    current = url;
  });

  const onPop = () => {
    const route = parseRoute(location.pathname, location.search, location.hash);
    current = formatRoute(route);
    applyRoute(store, route);
  };
  if (routed) window.addEventListener('popstate', onPop);
  const stopHost = hostBridge()?.onNavigate?.((path) => applyRoute(store, parseRouteFromPath(path)));

  return {
    initialRoute,
    stop: () => {
      unsubscribe();
      if (routed) window.removeEventListener('popstate', onPop);
      if (typeof stopHost === 'function') stopHost();
    },
  };
}

function splitUrl(url: string): [string, string, string] {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = rest.indexOf('?');
  return queryAt >= 0 ? [rest.slice(0, queryAt), rest.slice(queryAt), hash] : [rest, '', hash];
}

/** Parses "/clause/x", "lextrace://clause/x" or a full URL into a route. */
export function parseRouteFromPath(path: string): Route {
  const stripped = path.replace(/^lextrace:\/*/i, '/').replace(/^https?:\/\/[^/]+/i, '');
  return parseRoute(...splitUrl(stripped.startsWith('/') ? stripped : `/${stripped}`));
}
