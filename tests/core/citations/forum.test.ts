// Table tests for a court's own document: in an ECHR note a bare "Article 10" is the Convention's; elsewhere it says nothing.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';

const EN = { lang: 'en' } as const;

const rows: Row[] = [
  // ECHR Information Note 241 (Bulgakov v. Russia): the Convention is never named
  ['Information Note on the Court’s case-law 241\n\nBulgakov v. Russia - 20159/15\n\nArticle 10\n\nArticle 10-1\n\nLaw – Article 10: The impugned measure was an interference.\n\nIt had a legal basis in section 10(6) of the Information Act.',
    [['echr-convention:10', 'Article 10'], ['echr-convention:10/1', 'Article 10-1'], ['echr-convention:10', 'Article 10'], ['ru-fl-149-fz-2006:10/6', 'section 10(6) of the Information Act']]],
  ['CASE OF ENGELS v. RUSSIA\n\n(Application no. 61919/16)\n\nThere has been a violation of Article 10 and of Article 13 of the Convention.',
    [['echr-convention:10', 'Article 10'], ['echr-convention:13', 'Article 13 of the Convention']]],
  // a number beyond the Convention's articles, or a code named: not the Convention
  ['Bulgakov v. Russia - 20159/15\n\nArticle 1253.1 of the Civil Code. Article 146 of the Criminal Code.',
    [['ru-civil-code:1253.1', 'Article 1253.1 of the Civil Code'], ['ru-criminal-code:146', 'Article 146 of the Criminal Code']]],
  // a text that merely mentions the Court is none of its documents
  ['The European Court of Human Rights has ruled on website blocking. Article 10 protects expression.', []],
  ['Article 10', []],
];

describe('forum', () => {
  it.each(rows)('%j', (s, expected) => expect(cite(s, EN)).toEqual(expected));
});
