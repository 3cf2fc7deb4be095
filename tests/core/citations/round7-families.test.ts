// Table tests for the families of forms read after round 7 of the external gold set: anaphora that must not turn a paper
// speaking of itself into a provision, a numbered act's year supplied only for acts known by number alone, flattened
// superscripts and OCR, and names round 7 brought. Each row is one variant a real text uses; negatives stay uncited.
import { describe, expect, it } from 'vitest';
import { cite, type Row } from './helpers.js';
import type { ExtractContext } from '../../../shared/core/citations/index.js';

const EN = { lang: 'en' } as const;
const RU = { lang: 'ru' } as const;
const langOf = (s: string): ExtractContext => (/[а-яё]/i.test(s.slice(0, 40)) ? RU : EN);

describe('a bare "this article" is a provision only in quoted statute words or with a provision\'s verb', () => {
  const rows: Row[] = [
    // a post or paper speaking of itself
    ['A few quick notes on article 146 of the Criminal Code.\n\nI wish all readers of this article never to face it.',
      [['ru-criminal-code:146', 'article 146 of the Criminal Code']]],
    ['Недостатки ст. 1295 ГК РФ известны. Целью настоящей статьи является выявление противоречий.',
      [['ru-civil-code:1295', 'ст. 1295 ГК РФ']]],
    ['Статья 1295 ГК РФ неясна. В данной статье рассматривается её история.', [['ru-civil-code:1295', 'Статья 1295 ГК РФ']]],
    ['Article 1252 of the Civil Code is vague. This article looks at its history.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    // a provision's verb or words
    ['Article 1360 of the Civil Code applies. This article provides that a patent holder is paid.',
      [['ru-civil-code:1360', 'Article 1360 of the Civil Code'], ['ru-civil-code:1360', 'This article']]],
    ['Компенсация закреплена в ст. 1515 ГК РФ.\n\nПрименение положений данной статьи вызывает проблемы.',
      [['ru-civil-code:1515', 'ст. 1515 ГК РФ'], ['ru-civil-code:1515', 'данной статьи']]],
    // inside the quoted words of an article
    ['Статья 1295 ГК РФ гласит: «Правила настоящей статьи применяются к служебным произведениям».',
      [['ru-civil-code:1295', 'Статья 1295 ГК РФ'], ['ru-civil-code:1295', 'настоящей статьи']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('a numbered act\'s missing year only for acts known by their number alone; a code named with its enacting law', () => {
  const rows: Row[] = [
    ['The Customs Code (61-FZ) of May 28 2003 provides a mechanism.', [['ru-customs-code', 'Customs Code (61-FZ']]],
    ['Federal Law No. 61-FZ governs medicines.', []],
    ['Federal Law No. 61-FZ of 12 April 2010 governs medicines.', [['ru-fl-61-fz-2010', 'Federal Law No. 61-FZ of 12 April 2010']]],
    ['Federal Law No. 187-FZ applies.', [['ru-fl-187-fz-2013', 'Federal Law No. 187-FZ']]],
    ['See Law No. 364-FZ.', [['ru-fl-364-fz-2014', 'Law No. 364-FZ']]],
    ['Федеральный закон № 149-ФЗ применяется.', [['ru-fl-149-fz-2006', 'Федеральный закон № 149-ФЗ']]],
    // a date in its own brackets is the act's, whatever the registry holds
    ['Law No. 187-FZ (of 24 November 2014) applies.', [['ru-fl-187-fz-2014', 'Law No. 187-FZ']]],
    ['the Law on Competition Protection (26 July 2006, 135-FZ) and its Article 14.4',
      [['ru-fl-135-fz-2006', '135-FZ'], ['ru-fl-135-fz-2006:14.4', 'Article 14.4']]],
    // a date the sentence gives for something else leaves a known act alone
    ['Federal Law No. 149-FZ was amended on 24 November 2014.', [['ru-fl-149-fz-2006', 'Federal Law No. 149-FZ']]],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});

describe('damaged text: a flattened superscript only for an inserted article the code has; OCR "и." and "З" only in a chain', () => {
  const rows: Row[] = [
    ['Under Article 12521 of the Civil Code, compensation is due.', [['ru-civil-code:1252.1', 'Article 12521 of the Civil Code']]],
    ['Clause 4 Article 12521of the Civil Code applies.', [['ru-civil-code:1252.1/4', 'Clause 4 Article 12521of the Civil Code']]],
    ['согласно статье 12531 ГК РФ', [['ru-civil-code:1253.1', 'статье 12531 ГК РФ']]],
    // no such inserted article, another code, or a number within the code's range: nothing read into it
    ['Article 15510 of the Civil Code', [['ru-civil-code', 'Civil Code']]],
    ['Article 12521 of the Criminal Code', [['ru-criminal-code', 'Criminal Code']]],
    ['Clause 11 Article 1252 of the Civil Code', [['ru-civil-code:1252/11', 'Clause 11 Article 1252 of the Civil Code']]],
    // OCR
    ['согласно и. 3 ст. 1228 ГК РФ', [['ru-civil-code:1228/3', 'и. 3 ст. 1228 ГК РФ']]],
    ['и. 1 ч. 1 ст. 262 ГПК РФ', [['ru-civil-procedure-code:262/1/1', 'и. 1 ч. 1 ст. 262 ГПК РФ']]],
    ['п. «г» ч. З ст. 146 УК РФ', [['ru-criminal-code:146/3/г', 'п. «г» ч. З ст. 146 УК РФ']]],
    ['Иванов и. 3 раза обжаловал решение', []],
    ['и. о. директора по ст. 5', []],
    ['пункт З договора', []],
  ];
  it.each(rows)('%j', (s, expected) => expect(cite(s, langOf(s))).toEqual(expected));
});
