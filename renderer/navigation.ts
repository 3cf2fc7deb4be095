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

/** Whether the app runs from a web origin where paths can carry routes (not file:// in a desktop shell). */
export function usesUrlRoutes(): boolean {
  return typeof location !== 'undefined' && /^https?:$/.test(location.protocol);
}

/** The link to a clause a person can paste elsewhere. */
export function shareableLink(route: Route): string {
  return usesUrlRoutes() ? `${location.origin}${formatRoute(route)}` : `lextrace:/${formatRoute(route)}`;
}

/**
 * Applies the starting URL, then mirrors the active pane into history (push when the view changes, replace when only
 * the selected clause moves) and applies Back/Forward and desktop deep links. Returns a cleanup function.
 */
export function startNavigation(store: AppStore): { initialRoute: Route; stop: () => void } {
  const web = usesUrlRoutes();
  const initialRoute = web ? parseRoute(location.pathname, location.search, location.hash) : { name: 'home' as const };
  applyRoute(store, initialRoute);
  let current = web ? formatRoute(activeRoute(store.getState())) : '';
  if (web && initialRoute.name !== 'search') history.replaceState(null, '', current);

  const unsubscribe = store.subscribe((state) => {
    if (!web) return;
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
  if (web) window.addEventListener('popstate', onPop);
  const stopHost = hostBridge()?.onNavigate?.((path) => applyRoute(store, parseRouteFromPath(path)));

  return {
    initialRoute,
    stop: () => {
      unsubscribe();
      if (web) window.removeEventListener('popstate', onPop);
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
