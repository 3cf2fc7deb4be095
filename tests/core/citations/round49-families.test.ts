// Table tests for the families of forms rounds 48–49 of the external gold showed once run (their one run is the
// session's holdout figure; these were written after it, so they count for the next holdout only): a government act's
// number before its issuer ("Decree 299 of the Government of the Russian Federation"), ordinals listed before the
// article word («по 146-й, 272-й и 159-й статьям УК РФ»), a glued part before its article ("p.3, Art.1252 of the Civil
// Code"), and the Civil Code's Part Four written after an article in a heading («Комментарии к статье 1238 ГК РФ часть 4:»); «ТК» in a text on
// customs is the Customs Code («ст. 340—346 ТК»); a quoted definition after the act's signing ("… signed in Astana … (the
// “Treaty”)"); "Articles 10-4 and 15-3" of a national act (its inserted articles 10.4 and 15.3).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    ['as Decree 299 of the Government of the Russian Federation of 6 March 2022 provides', [['ru-gov-299-2022', 'Decree 299 of the Government of the Russian Federation of 6 March 2022']]],
    ['the rules were adopted by Resolution No. 512 of the Russian Government dated June 4, 2014.', [['ru-gov-512-2014', 'Resolution No. 512 of the Russian Government dated June 4, 2014']]],
    // another state's government
    ['Decree 5 of the Government of Kazakhstan of 1 March 2020', []],
    ['compensation under p.3, Art.1252 of the Civil Code', [['ru-civil-code:1252/3', 'p.3, Art.1252 of the Civil Code']]],
    ['see p.3 of the report', []],
    // a tight hyphen to a smaller number: a national act's inserted article, a treaty's paragraph
    ['Articles 10-4 and 15-3 of the Federal Law of July 27, 2006, No. 149-FZ', [
      ['ru-fl-149-fz-2006:10.4', 'Articles 10-4 and 15-3 of the Federal Law of July 27, 2006, No. 149-FZ'],
      ['ru-fl-149-fz-2006:15.3', 'Articles 10-4 and 15-3 of the Federal Law of July 27, 2006, No. 149-FZ'],
    ]],
    ['Article 10-1 of the ECHR', [['echr-convention:10/1', 'Article 10-1 of the ECHR']]],
    ['Articles 1250-1254 of the Civil Code', ['1250', '1251', '1252', '1253', '1254'].map((a): [string, string] => [`ru-civil-code:${a}`, 'Articles 1250-1254 of the Civil Code'])],
    // a bare act with its year from its citation anywhere in the text (before or after), Russia named as its issuer in
    // a sentence that also names Ukraine
    ['This article considers Decree 299, as it relates to licensing. 6 March 2022 saw Decree 299 of the Government of the Russian Federation provide it.',
      [['ru-gov-299-2022', 'Decree 299'], ['ru-gov-299-2022', 'Decree 299 of the Government of the Russian Federation']]],
    ['This article considers Decree No. 299. The Government issued Decree No. 299 of 6 March 2022.', [['ru-gov-299-2022', 'Decree No. 299'], ['ru-gov-299-2022', 'Decree No. 299 of 6 March 2022']]],
    ['In response to the invasion of Ukraine, on March the 6th 2022 the Russian government issued Decree No. 299.', [['ru-gov-299-2022', 'Decree No. 299']]],
    ["In 2022 Ukraine's government issued Decree No. 299.", []],
    // a quoted definition after the act's signing: later uses of the short form cite it
    ['The Treaty on the Eurasian Economic Union signed in Astana in May 2014 by the Presidents (the “Treaty”), has now been ratified. The Treaty will substitute agreements.',
      [['eaeu-treaty', 'Treaty on the Eurasian Economic Union'], ['eaeu-treaty', 'Treaty']]],
    // (never a short form that is no word of the name: the decree named after the code has the definition)
    ['The Civil Code signed by the President on 18 December 2006 and the decree approving it (the “Decree”) apply. The Decree requires it.', [['ru-civil-code', 'Civil Code']]],
  ], 'en', '2022-05-01');
});

const CUSTOMS = 'Таможенные органы применяют меры таможенного контроля; таможенное оформление завершено. ';

describe('Russian forms', () => {
  table([
    ['Дела возбуждены по 146-й, 272-й и 159-й статьям УК РФ.', [
      ['ru-criminal-code:146', '146-й, 272-й и 159-й статьям УК РФ'],
      ['ru-criminal-code:159', '146-й, 272-й и 159-й статьям УК РФ'],
      ['ru-criminal-code:272', '146-й, 272-й и 159-й статьям УК РФ'],
    ]],
    ['в 2012-й и 2013-й годы', []],
    // the EAEU Court's Statute (by its items) and Rules of Procedure, registered from round 48
    ['в соответствии с пунктами 46, 47 Статута Суда Евразийского экономического союза и статьей 14 Регламента Суда ЕАЭС', [
      ['eaeu-treaty-annex-2:46', 'пунктами 46, 47 Статута Суда Евразийского экономического союза'],
      ['eaeu-treaty-annex-2:47', 'пунктами 46, 47 Статута Суда Евразийского экономического союза'],
      ['eaeu-court-rules-2014:14', 'статьей 14 Регламента Суда ЕАЭС'],
    ]],
    // «ТК» in a text on customs (and on nothing about labour) is the Customs Code; elsewhere «ТК РФ» is the Labour Code
    [`${CUSTOMS}Ответственность установлена ст. 340—346 ТК и ст. 400 ТК РФ.`, [
      ...['340', '341', '342', '343', '344', '345', '346'].map((a): [string, string] => [`ru-customs-code:${a}`, 'ст. 340—346 ТК']),
      ['ru-customs-code:400', 'ст. 400 ТК РФ'],
    ]],
    [`${CUSTOMS}Работник вправе обжаловать увольнение по ст. 81 ТК РФ.`, [['ru-labor-code:81', 'ст. 81 ТК РФ']]],
    ['Трудовой договор расторгнут по ст. 81 ТК РФ.', [['ru-labor-code:81', 'ст. 81 ТК РФ']]],
    [`${CUSTOMS}Декларация подана по ст. 179 ТК ЕАЭС.`, [['eaeu-customs-code-2017:179', 'ст. 179 ТК ЕАЭС']]],
    ['Комментарии к статье 1238 ГК РФ часть 4:\n\n1. Сублицензионный договор', [['ru-civil-code:1238', 'статье 1238 ГК РФ']]],
    ['Комментарий к статье 1414 ГК РФ ч.4\n\n1. Регистрация', [['ru-civil-code:1414', 'статье 1414 ГК РФ']]],
    // in running text, the article's item
    ['Такое понятие дается в ст. 1252 ГК РФ ч. 4. Определение', [['ru-civil-code:1252/4', 'ст. 1252 ГК РФ ч. 4']]],
    // an abbreviated part after the code stays the article's
    ['ст. 1252 ГК РФ ч. 4 определяет контрафакт', [['ru-civil-code:1252/4', 'ст. 1252 ГК РФ ч. 4']]],
  ], 'ru', '2014-01-01');
});
