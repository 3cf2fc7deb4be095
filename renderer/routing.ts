// App routes as data: parse a URL (path, query, hash) into a Route and format a Route back into a URL.
import { decodePathTail, encodePathTail } from '../shared/core/app-paths.js';

export type Route =
  | { name: 'home' }
  | { name: 'doc'; doc: string; clause: string | null }
  | { name: 'clause'; id: string }
  | { name: 'provision'; key: string }
  | { name: 'trace'; clause: string }
  | { name: 'search'; q: string }
  | { name: 'review' }
  | { name: 'matrix' }
  | { name: 'report' }
  | { name: 'page'; doc: string; page: number; clause: string | null };

const encodeTail = encodePathTail;

function decodeTail(value: string): string {
  return decodePathTail(value) ?? value;
}

/** Parses a location (pathname, search, hash); anything unknown is home. */
export function parseRoute(pathname: string, search = '', hash = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const match = /^\/(doc|clause|provision|trace)\/(.+)$/.exec(path);
  if (match) {
    const tail = decodeTail(match[2]!);
    if (!tail) return { name: 'home' };
    switch (match[1]) {
      case 'doc': {
        const clause = hash.startsWith('#') && hash.length > 1 ? decodeTail(hash.slice(1)) : null;
        return { name: 'doc', doc: tail, clause };
      }
      case 'clause':
        return { name: 'clause', id: tail };
      case 'provision':
        return { name: 'provision', key: tail };
      default:
        return { name: 'trace', clause: tail };
    }
  }
  if (path === '/review' || path === '/matrix' || path === '/report') return { name: path.slice(1) as 'review' | 'matrix' | 'report' };
  const pdfPage = /^\/page\/(\d{1,6})\/(.+)$/.exec(path);
  if (pdfPage) {
    const doc = decodeTail(pdfPage[2]!);
    const clause = hash.startsWith('#') && hash.length > 1 ? decodeTail(hash.slice(1)) : null;
    return doc ? { name: 'page', doc, page: Math.max(1, Number(pdfPage[1])), clause } : { name: 'home' };
  }
  if (path === '/search') {
    return { name: 'search', q: new URLSearchParams(search).get('q') ?? '' };
  }
  return { name: 'home' };
}

/** Formats a route as a root-relative URL (path, query and hash). */
export function formatRoute(route: Route): string {
  switch (route.name) {
    case 'home':
      return '/';
    case 'doc':
      return `/doc/${encodeTail(route.doc)}${route.clause ? `#${encodeTail(route.clause)}` : ''}`;
    case 'clause':
      return `/clause/${encodeTail(route.id)}`;
    case 'provision':
      return `/provision/${encodeTail(route.key)}`;
    case 'trace':
      return `/trace/${encodeTail(route.clause)}`;
    case 'search':
      return `/search?${new URLSearchParams({ q: route.q }).toString()}`;
    case 'review':
    case 'matrix':
    case 'report':
      return `/${route.name}`;
    case 'page':
      return `/page/${route.page}/${encodeTail(route.doc)}${route.clause ? `#${encodeTail(route.clause)}` : ''}`;
  }
}

/** The document a clause id belongs to: clause ids are "<docId>/<path>". */
export function docOfClause(clauseId: string): string {
  const slash = clauseId.indexOf('/');
  return slash < 0 ? clauseId : clauseId.slice(0, slash);
}
