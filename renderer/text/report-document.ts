// Shows a self-contained HTML document (the trace report) inside an empty same-origin frame without breaking the app's
// Content Security Policy, which the frame inherits: the markup is parsed inertly and imported without its <style>
// and <meta> elements (inline styles are refused under style-src 'self'; the report has no scripts), and its CSS is
// applied as a constructed stylesheet, which the CSP does not govern.

/** The CSS of a parsed document's <style> elements, in order. */
export function inlineCss(doc: Document): string {
  return [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
}

export function showReport(frame: HTMLIFrameElement, html: string): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win) return;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = inlineCss(parsed);
  for (const el of parsed.querySelectorAll('style, meta, script, link, base')) el.remove();
  doc.title = parsed.title;
  doc.documentElement.lang = parsed.documentElement.lang || 'en';
  doc.head.replaceChildren(...[...parsed.head.childNodes].map((n) => doc.importNode(n, true)));
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}
