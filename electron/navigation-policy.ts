// Where the window may go: in-app navigation only; a short allowlist of https sites may open in the browser.

import { isAppUrl } from './app-origin.js';

/** Official sources the documents cite, which may open in the user's browser. */
export const EXTERNAL_HOSTS: readonly string[] = ['pravo.gov.ru', 'ustr.gov', 'iipa.org', 'wipo.int', 'wto.org'];

/** The window may navigate only within the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** An https link to an allowlisted host (or a subdomain of one), with no credentials or odd port. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return false;
  const host = parsed.hostname.toLowerCase();
  return EXTERNAL_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
