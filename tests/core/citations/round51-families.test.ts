// Table tests for the forms the ninth session drew from the dev rounds (1–51) while rounds 52–54 were unread: an
// ordinal before a part word ("the second paragraph of Article 1270", "second part of the new version of article
// 1360"); laws by their title in other words are in worded-titles.test.ts.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (weekly-geekly.net; lexology.com, 2021)
    ['Under the second paragraph of Article 1270 of the Civil Code of the Russian Federation, reproduction is a use.',
      [['ru-civil-code:1270/2', 'the second paragraph of Article 1270 of the Civil Code of the Russian Federation']]],
    ['the second part of the new version of article 1360 of the Civil Code provides for compensation',
      [['ru-civil-code:1360/2', 'the second part of the new version of article 1360 of the Civil Code']]],
    ['The first part of Article 146 of the Criminal Code covers plagiarism.', [['ru-criminal-code:146/1', 'The first part of Article 146 of the Criminal Code']]],
    // an ordinal paragraph of an item is an абзац, which keys do not carry: the item is cited
    ['the third paragraph of item 1 of Article 1252 of the Civil Code', [['ru-civil-code:1252/1', 'item 1 of Article 1252 of the Civil Code']]],
    // an ordinal article is no article number
    ['the first article of the Civil Code', [['ru-civil-code', 'Civil Code']]],
  ], 'en');
});
