// Table tests for forms worked on in the thirteenth session, while rounds 64–66 (questions and answers, forums, business
// guides, agencies' decisions, contracts and offers) were collected unseen: the ways forums and chats write a code or a
// law (a code's abbreviation in lower case after its article, «152 ФЗ», «ФЗ 152», «54-фз», "art 146" without its dot,
// «ЗоЗПП»), a law of the RF of 1990–1993 by its number alone («закона 2300-1»), and an article's parts in brackets written
// in words, as the Constitutional Court writes them («статьями 19 (части 1 и 2) и 55 (часть 3) Конституции»).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('Russian forms of forums and answers', () => {
  table([
    // a code's abbreviation in lower case, right after its article's number
    ['Согласно ст 1229 гк автор вправе использовать произведение.', [['ru-civil-code:1229', 'ст 1229 гк']]],
    ['Это ч.2 ст.146 ук, до 6 лет.', [['ru-criminal-code:146/2', 'ч.2 ст.146 ук']]],
    ['госпошлина по ст. 333.19 нк', [['ru-tax-code:333.19', 'ст. 333.19 нк']]],
    // ("ук" alone is a management company as often: never a code)
    ['Наша ук не отвечает на претензии, а гк «Ромашка» молчит.', []],
    // the series as chats write it
    ['А как же требования 152 ФЗ?', [['ru-fl-152-fz-2006', '152 ФЗ']]],
    ['ФЗ 152 о персональных данных требует согласия.', [['ru-fl-152-fz-2006', 'ФЗ 152']]],
    ['Хостинг должен соблюдать 152 фз и 149 фз.', [['ru-fl-152-fz-2006', '152 фз'], ['ru-fl-149-fz-2006', '149 фз']]],
    // (never an article's number before the law's word, nor a year)
    ['Реклама нарушает ст. 5 ФЗ «О рекламе».', [['ru-fl-38-fz-2006:5', 'ст. 5 ФЗ «О рекламе»']]],
    ['статьи 15 и 16 ФЗ, принятого в том году', []],
    ['ФЗ 2006 года о персональных данных', []],
    // a law of the RF of 1990–1993 is one law by its number
    ['Продавец нарушил ст. 18 закона 2300-1.', [['ru-law-2300-1-1992:18', 'ст. 18 закона 2300-1']]],
    ['Закон РФ № 5351-1 утратил силу с 2008 года.', [['ru-law-5351-1-1993', 'Закон РФ № 5351-1']]],
    ['Смотрите ст. 18 ЗоЗПП.', [['ru-law-2300-1-1992:18', 'ст. 18 ЗоЗПП']]],
    // «ФЗ РФ» before a law's title, as offers and policies write it
    ['на основании пп. 5 п. 1 ст. 6 ФЗ РФ «О персональных данных»', [['ru-fl-152-fz-2006:6/1/5', 'пп. 5 п. 1 ст. 6 ФЗ РФ «О персональных данных»']]],
  ], 'ru');
});

describe('A short form defined after an act and its quoted title', () => {
  table([
    // (an antimonopoly office's decision, as dev's ru-fas-kirov-2022 writes it): one reference, then the short form's use
    ['Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе» (далее – ФЗ «О рекламе»). Реклама нарушает часть 7 статьи 5 ФЗ «О рекламе».',
      [['ru-fl-38-fz-2006', 'Федерального закона от 13.03.2006 № 38-ФЗ'], ['ru-fl-38-fz-2006:5/7', 'часть 7 статьи 5 ФЗ «О рекламе»']]],
  ], 'ru');
});

describe('Parts in brackets written in words', () => {
  table([
    ['статьями 19 (части 1 и 2) и 55 (часть 3) Конституции Российской Федерации',
      [['ru-constitution:19/1', 'статьями 19 (части 1 и 2) и 55 (часть 3) Конституции Российской Федерации'],
        ['ru-constitution:19/2', 'статьями 19 (части 1 и 2) и 55 (часть 3) Конституции Российской Федерации'],
        ['ru-constitution:55/3', 'статьями 19 (части 1 и 2) и 55 (часть 3) Конституции Российской Федерации']]],
    ['нарушение статьи 1252 (пункт 3) ГК РФ', [['ru-civil-code:1252/3', 'статьи 1252 (пункт 3) ГК РФ']]],
  ], 'ru');
});

describe('English forms of forums and answers', () => {
  table([
    ['Downloading it is a crime under art 146 of the Criminal Code.', [['ru-criminal-code:146', 'art 146 of the Criminal Code']]],
    ['see art 1270 CC RF', [['ru-civil-code:1270', 'art 1270 CC RF']]],
    // (never a year: "art 2019")
    ['The street art 2019 festival in Moscow', []],
    // a title in single quotes, as translated offers write it
    ["Law of the Russian Federation 'On Protection of Consumers Rights' No. 2300-1 dated 07.02.1992",
      [['ru-law-2300-1-1992', "Law of the Russian Federation 'On Protection of Consumers Rights'"]]],
    ["the Federal Law 'On Personal Data' applies", [['ru-fl-152-fz-2006', "Federal Law 'On Personal Data'"]]],
  ], 'en');
});
