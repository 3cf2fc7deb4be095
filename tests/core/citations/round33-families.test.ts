// Table tests for the families of forms rounds 32–33 of the external gold showed once run (then read and added to dev):
// an ordinal before its part word («третью часть статьи 146 УК»), parts in brackets inside a list of articles
// ("Articles 1252 (para. 4), 1487 and 1515"), a code's bracketed capitals as its short form ("Civil Code (CC)"),
// "Russia issued its Decree No. 299" and a later "Decree 299" without its sign, and a law's title cut with an ellipsis
// («Закона «Об информации...»»).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('an ordinal before its part word', () => {
  table([
    ['Вменяют ему третью часть статьи 146 УК — «Нарушение авторских и смежных прав».', [['ru-criminal-code:146/3', 'третью часть статьи 146 УК']]],
    ['Он осужден по второй части ст. 180 УК РФ.', [['ru-criminal-code:180/2', 'второй части ст. 180 УК РФ']]],
    ['Об этом сказано во втором абзаце пункта 1 статьи 1259 ГК РФ.', [['ru-civil-code:1259/1', 'втором абзаце пункта 1 статьи 1259 ГК РФ']]],
    // an ordinal part of a code, or of anything that reaches no article, is no article's part
    ['Нормы части четвертой Гражданского кодекса РФ применяются.', [['ru-civil-code', 'части четвертой Гражданского кодекса РФ']]],
    ['Первая часть книги посвящена истории.', []],
  ], 'ru');
});

describe('parts in brackets inside a list of articles', () => {
  table([
    ['the Court reviewed Articles 1252 (para. 4), 1487 and 1515 of the Civil Code',
      [['ru-civil-code:1252/4', 'Articles 1252 (para. 4), 1487 and 1515 of the Civil Code'], ['ru-civil-code:1487', 'Articles 1252 (para. 4), 1487 and 1515 of the Civil Code'], ['ru-civil-code:1515', 'Articles 1252 (para. 4), 1487 and 1515 of the Civil Code']]],
    ['Article 7.12 (Part 1) of the Code of Administrative Offences applies.', [['ru-admin-code:7.12/1', 'Article 7.12 (Part 1) of the Code of Administrative Offences']]],
    ['Article 50 (paragraphs 1 and 2) of TRIPS', [['wto-trips:50/1', 'Article 50 (paragraphs 1 and 2) of TRIPS'], ['wto-trips:50/2', 'Article 50 (paragraphs 1 and 2) of TRIPS']]],
  ], 'en');
});

describe("a code's bracketed capitals are its short form", () => {
  table([
    ['The bill amends the Russian Civil Code (CC): Article 1225 of the CC and Article 1231 of the CC change.',
      [['ru-civil-code', 'Russian Civil Code'], ['ru-civil-code:1225', 'Article 1225 of the CC'], ['ru-civil-code:1231', 'Article 1231 of the CC']]],
    // never a treaty's or a union's capitals
    ['The Treaty on the Eurasian Economic Union (EAEU) was signed in 2014. The EAEU has five members.', [['eaeu-treaty', 'Treaty on the Eurasian Economic Union']]],
    // undefined capitals name nothing
    ['Article 1225 of the CC states the protected results.', []],
  ], 'en');
});

describe('"Russia issued its Decree No. 299", and "Decree 299" without its sign after it', () => {
  table([
    ['In March, Russia issued its Decree No. 299. Now, under Decree 299, patents can be used without consent.',
      [['ru-gov-299-2022', 'Decree No. 299'], ['ru-gov-299-2022', 'Decree 299']]],
    // without a signed citation before it, "Decree 299" is nobody's
    ['Under Decree 299, patents can be used without consent.', []],
    // (nor another number without its sign, unless the registry knows that act by its number alone: "Decree 1767" is
    // 2021's Methods, sixteenth-session-dev.test.ts)
    ['In March, the Government adopted Decree No. 299; Decree 417 is another matter.', [['ru-gov-299-2022', 'Decree No. 299']]],
  ], 'en', '2022-06-01');
});

describe('a law named by its title cut with an ellipsis', () => {
  table([
    ['Сайт заблокирован по ст.15.1 Закона «Об информации...».', [['ru-fl-149-fz-2006:15.1', 'ст.15.1 Закона «Об информации...»']]],
    ['ФАС применила закон «О защите конкуренции…» к маркетплейсу.', [['ru-fl-135-fz-2006', 'закон «О защите конкуренции…»']]],
    // an amending law's title starts hundreds of titles; a title no registered law starts so names nothing
    ['Принят Федеральный закон «О внесении изменений...» в Кодекс.', []],
    ['Принят закон «О пчеловодстве...» в новой редакции.', []],
  ], 'ru');
});

describe('a cut title two unrelated laws start alike names neither', () => {
  table([['Суд применил Закон «О защите прав...» к спору.', []]], 'ru');
});
