// Table tests for the forms rounds 61–63 (the twelfth session's holdout: court rulings, official letters, academic work),
// read after their one run: a superscript flattened to an underscore («47_1», «242_1»), so the Constitutional Court's
// list of its own law's articles reaches that law; an article's part given in brackets after it («статьей 125 (пункт
// "а" части 4) Конституции»); "ECHR" as the Court; the Energy Charter Treaty and Protocol No. 11; a federal law's
// title in capitals; the one act of a number texts cite alone where another of that number is registered; and an
// amending act dated by the verb of its making before it.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Russian forms', () => {
  table([
    // (docs.cntd.ru, docs.kodeks.ru, rg.ru: every ruling of the Constitutional Court closes so)
    ['руководствуясь статьей 125 (пункт "а" части 4) Конституции Российской Федерации, пунктом 3 части первой, частями третьей и четвертой статьи 3, частью первой статьи 21, статьями 36, 47_1, 74, 86 и 99 Федерального конституционного закона "О Конституционном Суде Российской Федерации", Конституционный Суд',
      // (the whole article with its bracketed item, as the labels span it: sixteenth-session-dev.test.ts)
      [['ru-constitution:125/4/а', 'статьей 125 (пункт "а" части 4) Конституции Российской Федерации'],
        ['ru-fl-1-fkz-1994:3/1/3', 'пунктом 3 части первой'], ['ru-fl-1-fkz-1994:3/3', 'частями третьей и четвертой статьи 3'], ['ru-fl-1-fkz-1994:3/4', 'частями третьей и четвертой статьи 3'], ['ru-fl-1-fkz-1994:21/1', 'частью первой статьи 21'],
        ...['36', '47.1', '74', '86', '99'].map((a) => [`ru-fl-1-fkz-1994:${a}`, 'статьями 36, 47_1, 74, 86 и 99 Федерального конституционного закона "О Конституционном Суде Российской Федерации"'] as [string, string])]],
    ['пунктов 1 и 2 статьи 242_1 и пункта 6 статьи 242_2 Бюджетного кодекса Российской Федерации',
      [['ru-budget-code:242.1/1', 'пунктов 1 и 2 статьи 242_1'], ['ru-budget-code:242.1/2', 'пунктов 1 и 2 статьи 242_1'], ['ru-budget-code:242.2/6', 'пункта 6 статьи 242_2 Бюджетного кодекса Российской Федерации']]],
    // (fzakon.ru: a ruling's title in capitals; the law's articles are no code's)
    ['ПУНКТОМ 4 СТАТЬИ 13 ФЕДЕРАЛЬНОГО ЗАКОНА "ОБ АЛЬТЕРНАТИВНОЙ ГРАЖДАНСКОЙ СЛУЖБЕ" И СТАТЬЕЙ 328 УГОЛОВНОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ',
      [['ru-criminal-code:328', 'СТАТЬЕЙ 328 УГОЛОВНОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ']]],
    // (geum.ru, 2005: the verb of its making before it dates the act; 127-FZ alone is the Law on Insolvency)
    ['2 ноября 2004 г. принят Федеральный закон N 127-ФЗ "О внесении изменений в части первую и вторую Налогового кодекса Российской Федерации (далее - НК РФ) и некоторые другие законодательные акты Российской Федерации".',
      [['ru-tax-code', 'Налогового кодекса Российской Федерации']]],
    ['Процедура банкротства регулируется Законом № 127-ФЗ.', [['ru-fl-127-fz-2002', 'Законом № 127-ФЗ']]],
  ], 'ru');
});

describe('English forms', () => {
  table([
    // (generico.ru, digitalrights.asia, 2024: the Court, not the Convention)
    ['The ECHR ruling notes that the requirements are excessive. In addition, according to the ECHR, backdoors violate Article 8 of the ECHR.',
      [['echr-convention:8', 'Article 8 of the ECHR']]],
    ['The complaint was filed with the ECHR shortly after. They sent their complaints to the ECHR.', []],
    // (jusmundi.com, asil.org: the Yukos awards)
    ['Article 45(1) of the Energy Charter Treaty (“ECT”) applies provisionally; the ECT binds Russia.',
      [['energy-charter-treaty:45/1', 'Article 45(1) of the Energy Charter Treaty'], ['energy-charter-treaty', 'ECT']]],
    // (coe.int, Russia's reservation)
    ['until Protocol No 11 to the Convention for the Protection of Human Rights and Fundamental Freedoms entered into force',
      [['echr-protocol-11', 'Protocol No 11 to the Convention for the Protection of Human Rights and Fundamental Freedoms']]],
    // (guardint.org, Roman Zakharov v. Russia: 126-FZ alone is 2003's Law on Communications, 1996's is registered too)
    ['17. The Communications Act of 7 July 2003 (no. 126-FZ) guarantees the privacy of communications.', [['ru-fl-126-fz-2003', 'no. 126-FZ']]],
  ], 'en');
});
