// The URL of what is on screen: the active pane's route as the path (its selected clause as the hash), the other pane
// and which side is active as query parameters, and the search while the palette is open:
// /doc/plan?other=%2Fprovision%2Fru-civil-code%3A1229&side=right#plan/I.1, /trace/plan/I.1?q=piracy; and the
// matrix's filters while the matrix or the trace report is shown: /matrix?groups=civil-code,wto-wpr&status=confirmed.
import { INSTRUMENT_GROUPS, MATRIX_STATUSES } from '../shared/core/api/review-dto.js';
import type { AppState } from './state/app-state.js';
import type { Side } from './state/panes-slice.js';
import type { MatrixFilters } from './state/review-slice.js';
import { formatRoute, parseRoute, type Route } from './routing.js';

export interface Place {
  /** The active pane's route (home when no pane is open; search for a bare search link). */
  route: Route;
  /** The other pane's route, if two panes are open. */
  other: Route | null;
  /** Where the active pane is (the other is on the other side). */
  side: Side;
  /** The search typed in the open palette; null when it is closed. */
  q: string | null;
  /** The matrix's filters, when some filter is set (in URLs only while a pane shows the matrix or the report). */
  matrix?: MatrixFilters;
}

const showsMatrix = (route: Route | null): boolean => route?.name === 'matrix' || route?.name === 'report';

/** A comma-separated list of known values (unknown ones dropped, so a hand-edited URL cannot set a bad filter). */
function knownValues<T extends string>(value: string | null, known: readonly T[]): T[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()))].filter((v): v is T => (known as readonly string[]).includes(v));
}

/** Splits an app URL into path, "?query" and "#hash". */
export function splitUrl(url: string): [string, string, string] {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = rest.indexOf('?');
  return queryAt >= 0 ? [rest.slice(0, queryAt), rest.slice(queryAt), hash] : [rest, '', hash];
}

export function formatPlace(place: Place): string {
  const params = new URLSearchParams();
  if (place.route.name === 'search' || place.route.name === 'home') {
    const q = place.q ?? (place.route.name === 'search' ? place.route.q : null);
    if (q === null) return '/';
    params.set('q', q);
    return `/search?${params.toString()}`;
  }
  const [path, , hash] = splitUrl(formatRoute(place.route));
  if (place.other && place.other.name !== 'home' && place.other.name !== 'search') params.set('other', formatRoute(place.other));
  if (place.other && place.side === 'right') params.set('side', 'right');
  if (place.q !== null) params.set('q', place.q);
  if (place.matrix && (showsMatrix(place.route) || showsMatrix(place.other))) {
    if (place.matrix.instruments.length) params.set('groups', place.matrix.instruments.join(','));
    if (place.matrix.statuses.length) params.set('status', place.matrix.statuses.join(','));
  }
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}${hash}`;
}

export function parsePlace(pathname: string, search = '', hash = ''): Place {
  const params = new URLSearchParams(search);
  const route = parseRoute(pathname, search, hash);
  const otherUrl = params.get('other');
  const other = otherUrl && route.name !== 'search' && route.name !== 'home' ? parseRoute(...splitUrl(otherUrl)) : null;
  const q = route.name === 'search' ? route.q : params.get('q');
  const otherPane = other && other.name !== 'home' && other.name !== 'search' ? other : null;
  const matrix = {
    instruments: knownValues(params.get('groups'), INSTRUMENT_GROUPS),
    statuses: knownValues(params.get('status'), MATRIX_STATUSES),
  };
  const hasFilters = matrix.instruments.length > 0 || matrix.statuses.length > 0;
  return {
    route,
    other: otherPane,
    side: params.get('side') === 'right' ? 'right' : 'left',
    q,
    ...(hasFilters && (showsMatrix(route) || showsMatrix(otherPane)) ? { matrix } : {}),
  };
}

/** The place a state shows (routeOf turns a pane's view into its route). */
export function placeOf(state: AppState, routeOf: (view: NonNullable<AppState['panes']['left']>['view']) => Route): Place {
  const active = state.panes[state.activeSide];
  const other = state.panes[state.activeSide === 'left' ? 'right' : 'left'];
  const q = state.searchOpen && state.query.trim() ? state.query.trim() : null;
  const { instruments, statuses } = state.matrixFilters;
  return {
    route: active ? routeOf(active.view) : { name: 'home' },
    other: other ? routeOf(other.view) : null,
    side: state.activeSide,
    q,
    ...(instruments.length || statuses.length ? { matrix: state.matrixFilters } : {}),
  };
}
