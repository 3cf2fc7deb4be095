// The forms a lawyer pastes into a memo: English legal citations with dates, Russian statute forms with the edition.
import { describe, expect, it } from 'vitest';
import { abbreviateTitle, citeClause, citeProvision, planLocator, ruDate, usDate, type CitableDocument } from '../../../shared/core/cite/legal-citation.js';

const PLAN: CitableDocument = {
  title: 'United States-Russian Federation Intellectual Property Rights Action Plan',
  shortTitle: 'Action Plan',
  citeAs: 'Action Plan',
  kind: 'action-plan',
  date: '2012-12-21',
  instrument: null,
};
const CIVIL: CitableDocument = { title: 'Гражданский кодекс Российской Федерации. Часть четвертая', shortTitle: 'Civil Code Part IV', citeAs: 'Civil Code', kind: 'statute', date: '2023-06-13', instrument: 'ru-civil-code' };
const CRIMINAL: CitableDocument = { title: 'Уголовный кодекс Российской Федерации', shortTitle: 'Criminal Code', citeAs: 'Criminal Code', kind: 'statute', date: '2023-08-04', instrument: 'ru-criminal-code' };
const CABLE: CitableDocument = { title: 'Cable 09MOSCOW521: Russia 2009 Special 301 IPR Review', shortTitle: 'Cable 09MOSCOW521', citeAs: '09MOSCOW521', kind: 'cable', date: '2009-03-04', instrument: null };
const ARTICLE: CitableDocument = { title: 'Agreed Copyright Measures', shortTitle: 'Belarus-Russia article', citeAs: 'Belarus-Russia article', kind: 'article', date: '2025-08', instrument: null };

describe('dates', () => {
  it.each([
    ['2012-12-21', 'Dec. 21, 2012', '21.12.2012'],
    ['2009-03-04', 'Mar. 4, 2009', '04.03.2009'],
    ['2017-09-01', 'Sept. 1, 2017', '01.09.2017'],
    ['2025-08', 'Aug. 2025', '08.2025'],
    ['2012', '2012', '2012'],
  ])('%s → %s / %s', (iso, us, ru) => {
    expect(usDate(iso)).toBe(us);
    expect(ruDate(iso)).toBe(ru);
  });
});

describe('clauses', () => {
  it.each([
    ['I.A.1.a', '§ I.A(1)(a)'],
    ['I.A.2', '§ I.A(2)'],
    ['II.1', '§ II(1)'],
    ['I.B/russian-federations-steps', '§ I.B'],
    ['I', '§ I'],
    ['preamble', 'pmbl.'],
    ['title', ''],
  ])('action plan path %s → %s', (path, locator) => expect(planLocator(path)).toBe(locator));

  it('abbreviates the plan title the way memos cite it', () => {
    expect(abbreviateTitle(PLAN.title)).toBe('U.S.-Russia IPR Action Plan');
  });

  it.each([
    [{ id: 'action-plan-2012/I.A.1.a', path: 'I.A.1.a', label: 'Action Plan § I.A, item 1(a)' }, PLAN, 'en', 'U.S.-Russia IPR Action Plan § I.A(1)(a) (Dec. 21, 2012)'],
    [{ id: 'action-plan-2012/I.A.1.a', path: 'I.A.1.a', label: 'Action Plan § I.A, item 1(a)' }, PLAN, 'ru', 'U.S.-Russia IPR Action Plan § I.A(1)(a) (Dec. 21, 2012)'],
    [{ id: 'action-plan-2012/I.A.1.a', path: 'I.A.1.a', label: 'Action Plan § I.A, item 1(a)' }, PLAN, 'short', 'Action Plan § I.A, item 1(a)'],
    [{ id: 'action-plan-2012/preamble', path: 'preamble', label: 'Action Plan, preamble' }, PLAN, 'en', 'U.S.-Russia IPR Action Plan pmbl. (Dec. 21, 2012)'],
    [{ id: 'g/art1253.1/1', path: 'art1253.1/1', label: 'Civil Code art. 1253.1(1)' }, CIVIL, 'en', 'Civil Code of the Russian Federation art. 1253.1(1) (as amended through June 13, 2023)'],
    [{ id: 'g/art1253.1/1', path: 'art1253.1/1', label: 'Civil Code art. 1253.1(1)' }, CIVIL, 'ru', 'п. 1 ст. 1253.1 ГК РФ (ред. от 13.06.2023)'],
    [{ id: 'g/art1229', path: 'art1229', label: 'Civil Code art. 1229' }, CIVIL, 'ru', 'ст. 1229 ГК РФ (ред. от 13.06.2023)'],
    [{ id: 'u/art146/3/б', path: 'art146/3/б', label: 'Criminal Code art. 146(3)(б)' }, CRIMINAL, 'ru', 'п. б ч. 3 ст. 146 УК РФ (ред. от 04.08.2023)'],
    [{ id: 'u/art146/note', path: 'art146/note', label: 'Criminal Code art. 146 note' }, CRIMINAL, 'en', 'Criminal Code of the Russian Federation art. 146 note (as amended through Aug. 4, 2023)'],
    [{ id: 'g/part4', path: 'part4', label: 'Civil Code Part 4' }, CIVIL, 'en', 'Civil Code of the Russian Federation Part 4 (as amended through June 13, 2023)'],
    [{ id: 'c/p15', path: 'p15', label: '09MOSCOW521 ¶ 15' }, CABLE, 'en', 'Cable 09MOSCOW521 ¶ 15 (Mar. 4, 2009)'],
    [{ id: 'a/p1', path: 'p1', label: 'Belarus-Russia article ¶ 1' }, ARTICLE, 'ru', 'Belarus-Russia article ¶ 1 (Aug. 2025)'],
  ] as const)('%o in %#', (clause, doc, form, text) => {
    expect(citeClause(clause, doc, form).text).toBe(text);
  });

  it('says which form it used: Russian is for Russian statutes, other sources fall back to English', () => {
    expect(citeClause({ id: 'c/p15', path: 'p15', label: '09MOSCOW521 ¶ 15' }, CABLE, 'ru').form).toBe('en');
    expect(citeClause({ id: 'g/art1229', path: 'art1229', label: 'Civil Code art. 1229' }, CIVIL, 'ru')).toEqual({ target: 'g/art1229', form: 'ru', text: 'ст. 1229 ГК РФ (ред. от 13.06.2023)', date: '2023-06-13' });
  });
});

describe('provisions', () => {
  it.each([
    ['ru-civil-code:1253.1/1', 'en', '2023-06-13', 'Civil Code of the Russian Federation art. 1253.1(1) (as amended through June 13, 2023)'],
    ['ru-civil-code:1253.1/1', 'en', null, 'Civil Code of the Russian Federation art. 1253.1(1)'],
    ['ru-civil-code:1252/5', 'ru', '2023-06-13', 'п. 5 ст. 1252 ГК РФ (ред. от 13.06.2023)'],
    ['ru-admin-code:7.12', 'en', null, 'Code of Administrative Offences of the Russian Federation art. 7.12'],
    ['ru-admin-code:7.12', 'ru', null, 'ст. 7.12 КоАП РФ'],
    ['ru-criminal-code:146/note', 'ru', '2023-08-04', 'примечание к ст. 146 УК РФ (ред. от 04.08.2023)'],
    ['wto-wpr-rus:1339', 'en', null, 'Report of the Working Party on the Accession of the Russian Federation to the WTO para. 1339'],
    ['wto-wpr-rus:1339', 'ru', null, 'Report of the Working Party on the Accession of the Russian Federation to the WTO para. 1339'],
    ['ru-fl-364-fz', 'ru', null, 'Федеральный закон № 364-ФЗ'],
    ['ru-fl-187-fz', 'en', null, 'Federal Law No. 187-FZ'],
    ['ru-civil-code:1229', 'short', '2023-06-13', 'Civil Code art. 1229'],
  ] as const)('%s (%s, edition %s) → %s', (key, form, edition, text) => {
    expect(citeProvision(key, form, edition).text).toBe(text);
  });
});
