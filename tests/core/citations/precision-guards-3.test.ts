// Counter-examples a review of rounds 31-33's families wrote to break them (each failed before its fix): other states'
// laws under Russian nicknames, in English and in Russian («закон об иноагентах» in Georgia, "Iran's sovereign internet
// law"); a foreign code's bracketed capitals as a short form ("Kazakhstan's Civil Code (KCC)", "the Civil Code (CC) of
// Ukraine"); a paper or post "under"/«по» itself («Вопросы по данной статье задавайте в комментариях», "According to
// this article published in …", "this article's licence"); and a paper's part and year («во второй части статьи 2019 года»).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('review of the round 31-33 families: nicknames abroad, foreign short forms, a paper applied, years', () => {
  table([
    ['В Грузии приняли закон об иноагентах по российскому образцу.', []],
    ['Казахстан принял закон о блогерах в 2014 году.', []],
    ['Иран принял закон о суверенном интернете.', []],
    ['В Белоруссии тоже действует закон о VPN.', []],
    ['Турция приняла закон о приземлении иностранных соцсетей.', []],
    ['Венгрия приняла закон о гей-пропаганде в 2021 году.', []],
    ['Закон о локализации данных в Казахстане вступил в силу.', []],
    ['Китайский закон о VPN строже российского.', []],
    ['Закон о суверенном Рунете вступил в силу.', [['ru-fl-90-fz-2019', 'Закон о суверенном Рунете']]],
    ['Закон о VPN вступил в силу 1 ноября 2017 года.', [['ru-fl-276-fz-2017', 'Закон о VPN']]],
    ['Ответственность установлена ст. 146 УК РФ. Вопросы по данной статье задавайте в комментариях.', [['ru-criminal-code:146', 'ст. 146 УК РФ']]],
    ['Суд применил ст. 1301 ГК РФ. По этой статье у нас есть видеоразбор на канале.', [['ru-civil-code:1301', 'ст. 1301 ГК РФ']]],
    ['Суд применил ст. 1301 ГК РФ. Согласно этой статье в «Ведомостях», компенсации снижаются.', [['ru-civil-code:1301', 'ст. 1301 ГК РФ']]],
    ['Суд применил ст. 1301 ГК РФ. Комментарии по данной статье закрыты.', [['ru-civil-code:1301', 'ст. 1301 ГК РФ']]],
    ['Применена ст. 14.10 КоАП РФ. По данной статье было рассмотрено 500 дел.', [['ru-admin-code:14.10', 'ст. 14.10 КоАП РФ'], ['ru-admin-code:14.10', 'данной статье']]],
    ['Во второй части статьи 2019 года автор рассматривает судебную практику по ГК РФ.', [['ru-civil-code', 'ГК РФ']]],
    ['Суд применил третью часть статьи 146 УК РФ.', [['ru-criminal-code:146/3', 'третью часть статьи 146 УК РФ']]],
  ], 'ru', '2021-06-01');
  table([
    ['Hungary\'s gay propaganda law was inspired by Russia\'s.', []],
    ['Iran\'s sovereign internet law mirrors the approach taken in Russia.', []],
    ['Turkey\'s landing law was modelled on Russia\'s approach to social networks.', []],
    ['Unlike Russia, Vietnam passed its own data localization law in 2018.', []],
    ['Kyrgyzstan adopted a bloggers law in 2014, copying Russia.', []],
    ['Russia\'s sovereign internet law took effect in November 2019.', [['ru-fl-90-fz-2019', 'sovereign internet law']]],
    ['Kazakhstan\'s Civil Code (KCC) was adopted in 1994. Article 961 of the KCC governs licences.', []],
    ['Ukraine\'s Criminal Code (CCU) was amended. Article 176 of the CCU punishes piracy.', []],
    ['The Civil Code (CC) of Ukraine protects moral rights. Under the CC, they are perpetual.', []],
    ['The Russian Civil Code (CC) applies. Article 1252 of the CC lists remedies.', [['ru-civil-code', 'Russian Civil Code'], ['ru-civil-code:1252', 'Article 1252 of the CC']]],
    ['Article 1252 of the Civil Code lists remedies. According to this article published in Vedomosti, courts rarely award compensation.', [['ru-civil-code:1252', 'Article 1252 of the Civil Code']]],
    ['Article 146 of the Criminal Code punishes piracy. Under this article\'s Creative Commons licence, you may republish it.', [['ru-criminal-code:146', 'Article 146 of the Criminal Code']]],
    ['Article 146 of the Criminal Code punishes piracy. Under this article, the maximum term is six years.', [['ru-criminal-code:146', 'Article 146 of the Criminal Code'], ['ru-criminal-code:146', 'this article']]],
  ], 'en', '2021-06-01');
});
