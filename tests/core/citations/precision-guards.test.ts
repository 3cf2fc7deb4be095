// Sentences a review of the round 9-17 families wrote to break them (ordinary prose, other states' acts, other texts'
// chapters): each must cite nothing it does not name. Rows are the reviewer's probes, kept as they were written.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe("another state's, a board's or a company's acts are no Russian acts", () => {
  table([
    ['The board passed Resolution No. 3 approving the dividend, which the government later taxed.', []],
    ['UN Security Council Resolution No. 2231 was endorsed by the government.', []],
    ['The government of Ukraine adopted Resolution No. 1175 in 2019.', []],
    ['The regional government issued Resolution No. 45 in 2019 on parking.', []],
    ['President Lukashenko adopted Decree No. 8 in 2017 on the digital economy.', []],
    ['U.S. presidential Executive Order No. 14024 of April 15, 2021 imposed sanctions.', []],
    ["Ukraine's presidential decree No. 64 of February 24, 2022 introduced martial law.", []],
    ['The local government issued order No. 17-r on roads.', []],
  ], 'en', '2021-05-01');
  table([
    ['Правление неправительственной организации приняло постановление № 3 в 2019 году.', []],
    ['Губернатор подписал распоряжение № 15-р; правительство области его исполнило.', []],
    ['Президент компании издал приказ № 5 и указ № 12 в 2020 году.', []],
  ], 'ru', '2021-05-01');
});

describe('an act named in full without its year takes no year from the text it stands in', () => {
  table([
    ['Presidential Decree No. 188 lists confidential information.', []],
    // a year only from its own sentence
    ['The Russian President signed Decree No. 322 in 2022.', [['ru-ukaz-322-2022', 'Decree No. 322']]],
    // an order's number is never its year: a bare act cited alone takes the text's date
    ['The Government issued order No. 1951-r on the list.', [['ru-gov-1951-r-2023', 'order No. 1951-r']]],
  ], 'en', '2023-06-01');
});

describe("other states' laws and other texts' chapters", () => {
  table([
    ['In the United States, Trade Secret Law is mostly state law, unified by the Uniform Trade Secrets Act.', []],
    ['The Defend Trade Secrets Act of 2016 applies there.', []],
    ['Ukraine adopted an Anti-Piracy Law in 2017.', []],
    ["Ukraine's Copyright Law is new.", []],
    ['As shown in Chapter 5 of this book, the Civil Code is long.', [['ru-civil-code', 'Civil Code']]],
    ['Under the laws of the Russian Federation on commercial secrets, "know-how" is protected.', []],
    // an unquoted "(the …)" defines a short form only when it names a kind of act
    ['Article 1270 of the Civil Code (the Author) applies. The Author may object.', [['ru-civil-code:1270', 'Article 1270 of the Civil Code']]],
  ], 'en', '2005-01-01');
  table([
    ['Всемирная конвенция о правах ребенка', []],
    ['договор поставки ДАП (доставка в место назначения) по Инкотермс', []],
    ['Основы гражданского законодательства Союза ССР и союзных республик 1961 года', []],
    ['В законе о судебной системе Республики Казахстан', []],
    ['статьи 5 и X Бернской конвенции', [['berne-convention', 'Бернской конвенции']]],
    ['ч. 2 ст. 146 (ч. 3) УК РФ', [['ru-criminal-code:146/2', 'ч. 2 ст. 146 (ч. 3) УК РФ']]],
  ], 'ru');
});
