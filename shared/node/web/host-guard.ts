// Decides whether a request may reach the host at all: DNS-rebinding (Host), CSRF (Origin, Sec-Fetch-Site).

export interface RequestOriginHeaders {
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

/** The Host header values we answer to: only loopback names with our own port. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Why the request must be refused (403), or null when it may proceed. API calls must also come from our own
 * page: a Sec-Fetch-Site other than same-origin (or none, for a typed URL) is refused, so even another
 * localhost app on a different port ("same-site") cannot call the API.
 */
export function refuseReason(headers: RequestOriginHeaders, port: number, isApi: boolean): string | null {
  const hosts = allowedHosts(port);
  const host = headers.host?.toLowerCase();
  if (!host || !hosts.includes(host)) return 'unexpected Host header';
  if (headers.origin !== undefined) {
    const origin = headers.origin.toLowerCase();
    if (!hosts.some((h) => origin === `http://${h}`)) return 'cross-origin request';
  }
  if (isApi && headers.secFetchSite !== undefined) {
    const site = headers.secFetchSite.toLowerCase();
    if (site !== 'same-origin' && site !== 'none') return 'cross-site request';
  }
  return null;
}
