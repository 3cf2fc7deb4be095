// Keeps the URL and the panes in step: routes open panes, pane changes push history, Back, Forward and reload restore them.
import type { AppStore } from './state/app-store.js';
import type { AppState } from './state/app-state.js';
import type { PaneView } from './state/panes-slice.js';
import { docOfClause, formatRoute, parseRoute, type Route } from './routing.js';
import { hostBridge } from './api/host-bridge.js';
import { applyLayout, parseLayout, snapshotLayout, type SavedLayout } from './state/persistence.js';
import { formatPlace, parsePlace, placeOf, splitUrl, type Place } from './place.js';

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
    case 'review':
      return { type: 'queue' };
    case 'matrix':
    case 'report':
      return { type: route.name };
    case 'page':
      return { type: 'page', doc: route.doc, page: route.page, clause: route.clause };
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
    case 'queue':
      return { name: 'review' };
    case 'matrix':
    case 'report':
      return { name: view.type };
    case 'page':
      return { name: 'page', doc: view.doc, page: view.page, clause: view.clause };
  }
}

/** The URL of what is on screen: both panes, the active side, the open search. */
export function currentUrl(state: AppState): string {
  return formatPlace(placeOf(state, routeOfView));
}

/** Shows a place: both panes when it names two (else the active pane opens as a route does), and its search. */
export function applyPlace(store: AppStore, place: Place): void {
  const { route, other, side, q } = place;
  applyMatrixFilters(store, place);
  if (route.name === 'search' || route.name === 'home') {
    applyRoute(store, q !== null ? { name: 'search', q } : route);
    return;
  }
  if (other && other.name !== 'search' && other.name !== 'home') {
    const active = viewOfRoute(route);
    const second = viewOfRoute(other);
    applyLayout(store, { panes: side === 'right' ? { left: second, right: active } : { left: active, right: second }, activeSide: side }, true);
  } else {
    applyRoute(store, route);
  }
  if (q !== null) store.getState().openSearch(q);
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
  return linkTo(formatRoute(route), loc);
}

/** The link to what is on screen (both panes, the selected clause, the open search), for the same hosts. */
export function shareableViewLink(state: AppState, loc: LocationLike | undefined = currentLocation()): string {
  return linkTo(currentUrl(state), loc);
}

function linkTo(url: string, loc: LocationLike | undefined): string {
  return loc && isWebOrigin(loc) ? `${loc.origin}${url}` : `lextrace:/${url}`;
}

/** What a history entry remembers besides its URL (the active pane): both panes, so Back and reload restore them. */
function historyState(state: AppState): Pick<SavedLayout, 'panes' | 'activeSide'> {
  const { panes, activeSide } = snapshotLayout(state);
  return { panes, activeSide };
}

/** The views of an entry's panes, with a document's selected clause left out. */
function places(entry: Partial<Pick<SavedLayout, 'panes'>>): string {
  const place = (view: PaneView | null | undefined) => (view?.type === 'doc' ? { type: 'doc', doc: view.doc } : (view ?? null));
  return JSON.stringify([place(entry.panes?.left), place(entry.panes?.right)]);
}

/** Restores the panes a history entry remembers; false when it remembers none (an entry made by hand, an old one). */
function restoreFromHistory(store: AppStore, entryState: unknown, route: Route): boolean {
  const layout = parseLayout(entryState);
  const active = layout.panes?.[layout.activeSide ?? 'left'];
  if (!layout.panes?.left || formatRoute(routeOfView(active ?? undefined)) !== formatRoute(route)) return false;
  applyLayout(store, { panes: layout.panes, activeSide: layout.activeSide ?? 'left' }, true);
  return true;
}

/**
 * Applies the starting URL (or, on reload, the panes its history entry remembers), then mirrors the panes into
 * history: one entry per user action (changes made together, such as "read side by side" opening two panes, are
 * one entry), pushed when a pane shows something new and replaced when only the selected clause or the active
 * pane changes. Back and Forward restore both panes; desktop deep links open in the active pane. Returns a cleanup function.
 */
export function startNavigation(store: AppStore): { initialRoute: Route; stop: () => void } {
  const routed = usesUrlRoutes();
  const initialPlace = routed ? parsePlace(location.pathname, location.search, location.hash) : null;
  const initialRoute = initialPlace?.route ?? { name: 'home' as const };
  if (initialPlace) showPlace(store, initialPlace, history.state);
  let current = routed ? currentUrl(store.getState()) : '';
  const startEntry = historyState(store.getState());
  let remembered = JSON.stringify(startEntry);
  if (routed) history.replaceState(startEntry, '', current);

  let scheduled = false;
  const record = () => {
    scheduled = false;
    const state = store.getState();
    const url = currentUrl(state);
    const entry = historyState(state);
    const json = JSON.stringify(entry);
    if (url === current && json === remembered) return;
    // A new place to come Back to is a new view in a pane; moving the selection in a document, or which pane is
    // active, only updates the entry.
    const samePlaces = places(entry) === places(JSON.parse(remembered || '{}') as Partial<typeof entry>);
    if (samePlaces) history.replaceState(entry, '', url);
    else history.pushState(entry, '', url);
    current = url;
    remembered = json;
  };
  const unsubscribe = store.subscribe(() => {
    if (!routed || scheduled) return;
    scheduled = true;
    queueMicrotask(record);
  });

  const onPop = (event: PopStateEvent) => {
    const place = parsePlace(location.pathname, location.search, location.hash);
    if (place.q === null) store.getState().closeSearch();
    showPlace(store, place, event.state);
    current = currentUrl(store.getState());
    remembered = JSON.stringify(historyState(store.getState()));
  };
  if (routed) window.addEventListener('popstate', onPop);
  const stopHost = hostBridge()?.onNavigate?.((path) => applyPlace(store, parsePlaceFromPath(path)));

  return {
    initialRoute,
    stop: () => {
      unsubscribe();
      if (routed) window.removeEventListener('popstate', onPop);
      if (typeof stopHost === 'function') stopHost();
    },
  };
}

/** A URL's place: a URL naming both panes shows both; else the panes its history entry remembers, else its route. */
function showPlace(store: AppStore, place: Place, entryState: unknown): void {
  if (place.other || !restoreFromHistory(store, entryState, place.route)) applyPlace(store, place);
  else {
    applyMatrixFilters(store, place);
    if (place.q !== null) store.getState().openSearch(place.q);
  }
}

/** The matrix's filters a URL names (a URL showing the matrix without filters clears them; other URLs leave them). */
function applyMatrixFilters(store: AppStore, place: Place): void {
  const shown = [place.route, place.other].some((r) => r?.name === 'matrix' || r?.name === 'report');
  if (place.matrix) store.getState().setMatrixFilters(place.matrix);
  else if (shown) store.getState().setMatrixFilters({ instruments: [], statuses: [] });
}

function appPath(path: string): string {
  const stripped = path.replace(/^lextrace:\/*/i, '/').replace(/^https?:\/\/[^/]+/i, '');
  return stripped.startsWith('/') ? stripped : `/${stripped}`;
}

/** Parses "/clause/x", "lextrace://clause/x" or a full URL into a route. */
export function parseRouteFromPath(path: string): Route {
  return parseRoute(...splitUrl(appPath(path)));
}

/** Parses a deep link or URL into the place it names (both panes, the search). */
export function parsePlaceFromPath(path: string): Place {
  return parsePlace(...splitUrl(appPath(path)));
}
