// Table tests for the families of forms rounds 40–41 of the external gold showed once run (then read and added to
// dev): the Law on Information's hyphenated articles («15.1-1», keyed 15.1.1) and the statutes' "и (или)" in lists,
// "the Russian Penal Code", a Cyrillic item letter in English brackets ("Article 146(3)(г)"), the ECtHR's captions and
// separate opinions as its documents, the Law "On Information" by its short title, and registry breadth (the CIS's
// founding acts, the Universal Declaration, 107-FZ of 2021, «Конвенция, учреждающая ВОИС»).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Russian forms', () => {
  table([
    ['информации, указанной в статьях 15.1, 15.1-1, 15.3 и (или) 15.3-1 Федерального закона № 149-ФЗ',
      [['ru-fl-149-fz-2006:15.1', 'статьях 15.1, 15.1-1, 15.3 и (или) 15.3-1 Федерального закона № 149-ФЗ'], ['ru-fl-149-fz-2006:15.1.1', 'статьях 15.1, 15.1-1, 15.3 и (или) 15.3-1 Федерального закона № 149-ФЗ'],
        ['ru-fl-149-fz-2006:15.3', 'статьях 15.1, 15.1-1, 15.3 и (или) 15.3-1 Федерального закона № 149-ФЗ'], ['ru-fl-149-fz-2006:15.3.1', 'статьях 15.1, 15.1-1, 15.3 и (или) 15.3-1 Федерального закона № 149-ФЗ']]],
    // a range stays a range
    ['статьи 15.1-15.3 Закона об информации',
      [['ru-fl-149-fz-2006:15.1', 'статьи 15.1-15.3 Закона об информации'], ['ru-fl-149-fz-2006:15.2', 'статьи 15.1-15.3 Закона об информации'], ['ru-fl-149-fz-2006:15.3', 'статьи 15.1-15.3 Закона об информации']]],
    ['предусмотренных частями 1 и (или) 2 статьи 146 УК РФ', [['ru-criminal-code:146/1', 'частями 1 и (или) 2 статьи 146 УК РФ'], ['ru-criminal-code:146/2', 'частями 1 и (или) 2 статьи 146 УК РФ']]],
    ['руководствуясь Соглашением о создании Содружества Независимых Государств, Алма-Атинской декларацией и Всеобщей декларацией прав человека',
      [['cis-creation-agreement-1991', 'Соглашением о создании Содружества Независимых Государств'], ['cis-almaty-declaration-1991', 'Алма-Атинской декларацией'], ['un-udhr-1948', 'Всеобщей декларацией прав человека']]],
    ['Конвенция, учреждающая ВОИС, подписана в Стокгольме.', [['wipo-convention', 'Конвенция, учреждающая ВОИС']]],
  ], 'ru');
});

describe('English forms', () => {
  table([
    ['fines (Article 146(3)(г) of the Russian Penal Code).', [['ru-criminal-code:146/3/г', 'Article 146(3)(г) of the Russian Penal Code']]],
    ['Russia has just amended its Penal Code increasing sanctions.', [['ru-criminal-code', 'Penal Code']]],
    // another state's
    ['The French Penal Code punishes it.', []],
    ['the Law "On Information" allows blocking', [['ru-fl-149-fz-2006', 'Law "On Information"']]],
    ['the Law on Information, Information Technology and Information Security', [['ru-fl-149-fz-2006', 'Law on Information, Information Technology and Information Security']]],
    ['Federal Law No. 107-FZ introduced art. 1360.1.', [['ru-fl-107-fz-2021', 'Federal Law No. 107-FZ'], ['ru-fl-107-fz-2021:1360.1', 'art. 1360.1']]],
    ['CASE OF VLADIMIR KHARITONOV v. RUSSIA\n\nJOINT CONCURRING OPINION OF JUDGES LEMMENS, DEDOV AND POLÁČKOVÁ\n\n1. We concur in finding violations of Articles 10 and 13 of the Convention.',
      [['echr-convention:10', 'Articles 10 and 13 of the Convention'], ['echr-convention:13', 'Articles 10 and 13 of the Convention']]],
  ], 'en', '2021-06-01');
});
