import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/core/search/index.js';

describe('query language', () => {
  it.each([
    ['piracy', [{ kind: 'word', presence: 'should', words: ['piracy'] }], []],
    ['"exclusive right"', [{ kind: 'phrase', presence: 'should', words: ['exclusive', 'right'] }], []],
    ['+piracy -camcord', [{ kind: 'word', presence: 'must', words: ['piracy'] }, { kind: 'word', presence: 'mustNot', words: ['camcord'] }], []],
    ['circumv*', [{ kind: 'prefix', presence: 'should', words: ['circumv*'] }], []],
    ['c*tion', [{ kind: 'wildcard', presence: 'should', words: ['c*tion'] }], []],
    ['piracyy~1', [{ kind: 'fuzzy', presence: 'should', words: ['piracyy'], editDistance: 1 }], []],
    ['anti-circumvention', [{ kind: 'phrase', presence: 'should', words: ['anti', 'circumvention'] }], []],
    ['Исключительное ПРАВО', [{ kind: 'word', presence: 'should', words: ['исключительное'] }, { kind: 'word', presence: 'should', words: ['право'] }], []],
    ['doc:iipa-2017-russia', [], [{ field: 'doc', value: 'iipa-2017-russia', exclude: false }]],
    ['kind:statute lang:ru', [], [{ field: 'kind', value: 'statute', exclude: false }, { field: 'lang', value: 'ru', exclude: false }]],
    ['-lang:en cites:ru-civil-code:1229', [], [{ field: 'lang', value: 'en', exclude: true }, { field: 'cites', value: 'ru-civil-code:1229', exclude: false }]],
    ['cites:"Article 1229 of the Civil Code"', [], [{ field: 'cites', value: 'Article 1229 of the Civil Code', exclude: false }]],
    [
      '+"exclusive right" camcord* -film~1 kind:report',
      [
        { kind: 'phrase', presence: 'must', words: ['exclusive', 'right'] },
        { kind: 'prefix', presence: 'should', words: ['camcord*'] },
        { kind: 'fuzzy', presence: 'mustNot', words: ['film'], editDistance: 1 },
      ],
      [{ field: 'kind', value: 'report', exclude: false }],
    ],
  ])('%s', (query, terms, filters) => {
    const parsed = parseQuery(query);
    expect(parsed.notice).toBeNull();
    expect(parsed.terms).toEqual(terms);
    expect(parsed.filters).toEqual(filters);
  });

  it('keeps the free text without filters (for citation queries)', () => {
    expect(parseQuery('Article 1229 lang:en').freeText).toBe('Article 1229');
  });

  it.each([
    ['"unclosed', ['unclosed'], /quotation mark/],
    ['+', [], /operator without a word/],
    ['field:', ['field'], /"field:" is not a filter/],
    ['~~', [], /no word/],
    ['doc:', ['doc'], /needs a value/],
    ['(((', [], /no word/],
    ['(piracy OR camcord', ['piracy', 'or', 'camcord'], /parentheses/],
    ['piracy~x', ['piracy', 'x'], /not valid syntax/],
    ['kind:law piracy', ['kind', 'law', 'piracy'], /not a document kind/],
    ['lang:fr право', ['lang', 'fr', 'право'], /not a language/],
    ['foo:bar', ['foo', 'bar'], /^"foo:" is not a filter \(the filters are doc:, kind:, lang:, (date:, )?cites:, tag:, has:\)/],
    ['has:everything', ['has', 'everything'], /^"has:everything" is not something a clause can have \(has:note, has:annotation\)/],
  ])('%s degrades to plain words with a notice, never throws', (query, words, reason) => {
    const parsed = parseQuery(query);
    expect(parsed.notice).toMatch(reason);
    expect(parsed.filters).toEqual([]);
    expect(parsed.terms.map((t) => [t.kind, t.presence])).toEqual(words.map(() => ['word', 'should']));
    expect(parsed.terms.flatMap((t) => t.words)).toEqual(words);
  });

  it('caps typo tolerance at two edits and says so', () => {
    const parsed = parseQuery('piracy~5');
    expect(parsed.terms).toEqual([{ kind: 'fuzzy', presence: 'should', words: ['piracy'], editDistance: 2 }]);
    expect(parsed.notice).toMatch(/at most ~2/);
  });
});
