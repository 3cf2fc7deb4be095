// Shows a self-contained HTML document (the trace report) inside an empty same-origin frame without breaking the app's
// Content Security Policy, which the frame inherits (and which Chromium applies to DOMParser's documents too): the
// <style> blocks are cut out of the markup before it is parsed, the markup is parsed inertly and imported without its
// <meta>, <script>, <link> and <base> elements (the report has none but the CSP meta), and the CSS is applied as a
// constructed stylesheet, which the CSP does not govern.

const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

/** The markup without its <style> blocks, and their CSS in order. */
export function splitStyles(html: string): { markup: string; css: string } {
  const css: string[] = [];
  const markup = html.replace(STYLE_BLOCK, (_all, body: string) => {
    css.push(body);
    return '';
  });
  return { markup, css: css.join('\n') };
}

export function showReport(frame: HTMLIFrameElement, html: string): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win) return;
  const { markup, css } = splitStyles(html);
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  for (const el of parsed.querySelectorAll('style, meta, script, link, base, [style]')) {
    if (el.matches('[style]') && !el.matches('style, meta, script, link, base')) el.removeAttribute('style');
    else el.remove();
  }
  doc.documentElement.lang = parsed.documentElement.lang || 'en';
  doc.head.replaceChildren(...[...parsed.head.childNodes].map((n) => doc.importNode(n, true)));
  doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [sheet];
}
