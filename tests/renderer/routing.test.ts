// Routes: every deep link parses to the right route and formats back to the same URL; ids with '/' survive.
import { describe, expect, it } from 'vitest';
import { docOfClause, formatRoute, parseRoute, type Route } from '../../renderer/routing.js';
import { parseRouteFromPath } from '../../renderer/navigation.js';

const split = (url: string): [string, string, string] => {
  const u = new URL(url, 'http://x');
  return [u.pathname, u.search, u.hash];
};

describe('routing', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'doc', doc: 'ru-civil-code-part4', clause: null },
    { name: 'doc', doc: 'ru-civil-code-part4', clause: 'ru-civil-code-part4/art1252/5' },
    { name: 'clause', id: 'action-plan-2012/I.A.3' },
    { name: 'clause', id: 'ru-criminal-code/art146/2' },
    { name: 'provision', key: 'ru-civil-code:1252/5' },
    { name: 'trace', clause: 'action-plan-2012/I.A.3' },
    { name: 'search', q: 'статья 1253.1 cites:ru-civil-code:1253.1' },
    { name: 'search', q: 'a&b=c #d' },
  ];

  it.each(routes.map((r) => [formatRoute(r), r] as const))('round-trips %s', (url, route) => {
    expect(parseRoute(...split(url))).toEqual(route);
  });

  it('keeps slashes and colons readable in URLs', () => {
    expect(formatRoute({ name: 'provision', key: 'ru-civil-code:1252/5' })).toBe('/provision/ru-civil-code:1252/5');
    expect(formatRoute({ name: 'clause', id: 'doc/a b' })).toBe('/clause/doc/a%20b');
  });

  it('treats unknown paths and a trailing slash sensibly', () => {
    expect(parseRoute('/nowhere')).toEqual({ name: 'home' });
    expect(parseRoute('/clause/x/')).toEqual({ name: 'clause', id: 'x' });
    expect(parseRoute('/doc/%E0%A4%A')).toEqual({ name: 'doc', doc: '%E0%A4%A', clause: null });
  });

  it('reads desktop deep links', () => {
    expect(parseRouteFromPath('lextrace://clause/plan/I.1')).toEqual({ name: 'clause', id: 'plan/I.1' });
    expect(parseRouteFromPath('/search?q=piracy')).toEqual({ name: 'search', q: 'piracy' });
    expect(parseRouteFromPath('http://127.0.0.1:5/trace/plan/I.1')).toEqual({ name: 'trace', clause: 'plan/I.1' });
  });

  it('finds the document of a clause id', () => {
    expect(docOfClause('ru-civil-code-part4/art1252/5')).toBe('ru-civil-code-part4');
  });
});
