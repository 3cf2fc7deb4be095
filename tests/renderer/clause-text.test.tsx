// ClauseText renders document text as text: markup in a clause is escaped, citations become links to provisions.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { ClauseText } from '../../renderer/components/ClauseText.js';

describe('ClauseText', () => {
  it('escapes markup found in the text', () => {
    const text = '<img src=x onerror=window.__xss=1> and <script>window.__xss=2</script>';
    const html = renderToStaticMarkup(<ClauseText text={text} marks={[{ start: 0, end: 4, kind: 'hit' }]} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;window.__xss=2&lt;/script&gt;');
    expect(html).toContain('<mark class="mark-hit">&lt;img</mark>');
  });

  it('turns citation marks into links to the provision page', () => {
    const text = 'см. статью 1253.1 ГК РФ';
    const html = renderToStaticMarkup(
      <ClauseText text={text} marks={[{ start: 4, end: text.length, kind: 'citation', data: { key: 'ru-civil-code:1253.1' } }]} />,
    );
    expect(html).toContain('href="/provision/ru-civil-code:1253.1"');
    expect(html).toContain('>статью 1253.1 ГК РФ</a>');
  });
});
