// Pure policies of the Electron shell: app origin, navigation and external-link allowlists, deep links.
import { describe, expect, it } from 'vitest';
import { APP_SCHEME, APP_START_URL, isAppUrl } from '../../electron/app-origin.js';
import { DESKTOP_APP_PROTOCOL, shareableLink, usesUrlRoutes } from '../../renderer/navigation.js';
import { documentPath, findDeepLink, isAppPath, parseDeepLink } from '../../electron/deep-link.js';
import { electronNativeBinding, electronNativeBindingPath } from '../../electron/native-binding.js';
import { isAllowedExternalUrl, isAllowedNavigation } from '../../electron/navigation-policy.js';

describe('app origin and navigation', () => {
  it('gives the renderer history in the app origin, and lextrace:// links to share', () => {
    expect(DESKTOP_APP_PROTOCOL).toBe(`${APP_SCHEME}:`);
    const app = new URL('/clause/plan/I.1', APP_START_URL);
    expect(usesUrlRoutes(app)).toBe(true);
    expect(shareableLink({ name: 'clause', id: 'plan/I.1' }, app)).toBe('lextrace://clause/plan/I.1');
    expect(parseDeepLink(shareableLink({ name: 'clause', id: 'plan/I.1' }, app))).toBe('/clause/plan/I.1');
  });

  it('accepts only lextrace-app://app URLs', () => {
    expect(isAppUrl('lextrace-app://app/')).toBe(true);
    expect(isAppUrl('lextrace-app://app/clause/a/b?x=1#y')).toBe(true);
    for (const url of ['lextrace-app://evil/', 'lextrace-app://user@app/', 'lextrace-app://app:81/', 'http://app/', 'file:///app/', 'not a url', '', null, undefined]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('lets the window navigate only inside the app', () => {
    expect(isAllowedNavigation('lextrace-app://app/provision/x')).toBe(true);
    expect(isAllowedNavigation('https://pravo.gov.ru/')).toBe(false);
    expect(isAllowedNavigation('javascript:alert(1)')).toBe(false);
  });

  it('opens only https links to allowlisted hosts in the browser', () => {
    for (const url of ['https://pravo.gov.ru/proxy/ips/', 'https://publication.pravo.gov.ru/x', 'https://ustr.gov/about', 'https://www.iipa.org/reports']) {
      expect(isAllowedExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'http://ustr.gov/',
      'https://evilustr.gov/',
      'https://ustr.gov.evil.example/',
      'https://user:pw@ustr.gov/',
      'https://ustr.gov:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://iipa.org/share',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('deep links', () => {
  it('turns clause and provision links into app paths', () => {
    expect(parseDeepLink('lextrace://clause/action-plan-2012/3.1')).toBe('/clause/action-plan-2012/3.1');
    expect(parseDeepLink('lextrace://clause/ru-gk%2Fart%201259')).toBe('/clause/ru-gk/art%201259');
    expect(parseDeepLink('lextrace://provision/ru-gk:1259/')).toBe('/provision/ru-gk:1259');
  });

  it('turns links to every view into app paths, with the other pane, the search and the selected clause', () => {
    expect(parseDeepLink('lextrace://doc/action-plan-2012?other=%2Fprovision%2Fru-civil-code%3A1229#action-plan-2012%2FI.A.1.a')).toBe(
      '/doc/action-plan-2012?other=%2Fprovision%2Fru-civil-code%3A1229#action-plan-2012/I.A.1.a',
    );
    expect(parseDeepLink('lextrace://trace/action-plan-2012/I.A.2.c')).toBe('/trace/action-plan-2012/I.A.2.c');
    expect(parseDeepLink('lextrace://search?q=piracy+tag%3Aonline')).toBe('/search?q=piracy+tag%3Aonline');
    expect(parseDeepLink('lextrace://matrix')).toBe('/matrix');
    expect(parseDeepLink('lextrace://review/')).toBe('/review');
    expect(parseDeepLink('lextrace://page/12/iipa-report#iipa-report%2Fp4')).toBe('/page/12/iipa-report#iipa-report/p4');
    for (const url of ['lextrace://matrix/extra', 'lextrace://page/x/doc', 'lextrace://doc/x?other=%00', 'lextrace://doc/x?bad-name!=1']) {
      expect(parseDeepLink(url), url).toBeNull();
    }
  });

  it('rejects unknown routes, traversal, control characters and other schemes', () => {
    for (const url of [
      'lextrace://settings/x',
      'lextrace://clause/',
      'lextrace://clause/a/../b',
      'lextrace://clause/a%2F..%2Fb',
      'lextrace://clause/a%00b',
      'lextrace://clause/%E0%A4%A',
      'lextrace://user@clause/x',
      'https://clause/x',
      `lextrace://clause/${'x'.repeat(301)}`,
      'garbage',
    ]) {
      expect(parseDeepLink(url), url).toBeNull();
    }
  });

  it('finds the deep link among command-line arguments', () => {
    expect(findDeepLink(['/usr/bin/lextrace', '--flag', 'lextrace://provision/ru-uk:146'])).toBe('/provision/ru-uk:146');
    expect(findDeepLink(['/usr/bin/lextrace', '.'])).toBeNull();
  });

  it('validates paths sent to the renderer', () => {
    expect(isAppPath(documentPath('ustr press'))).toBe(true);
    expect(documentPath('ustr press')).toBe('/doc/ustr%20press');
    for (const bad of ['//evil.example', 'https://x', 'clause/x', '/a\nb', '/a\\b', 7, null]) expect(isAppPath(bad), String(bad)).toBe(false);
  });
});

describe('native binding', () => {
  it("uses the Electron rebuild only when it exists and was built for this Electron's ABI", () => {
    expect(electronNativeBindingPath('/app')).toBe('/app/build/native/electron/better_sqlite3.node');
    const stamp = (abi: string | undefined) => (path: string) => (path === '/app/build/native/electron/better_sqlite3.abi' ? abi : undefined);
    expect(electronNativeBinding('/app', () => true, '150', stamp('150'))).toBe('/app/build/native/electron/better_sqlite3.node');
    expect(electronNativeBinding('/app', () => false, '150', stamp('150'))).toBeUndefined();
    expect(electronNativeBinding('/app', () => true, '150', stamp('140'))).toBeUndefined(); // built for Electron 39
    expect(electronNativeBinding('/app', () => true, '150', stamp(undefined))).toBeUndefined(); // no stamp: unknown build
  });
});
