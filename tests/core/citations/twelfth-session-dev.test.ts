// Table tests for forms drawn from dev (rounds 1–60 of the external gold) in the twelfth session, while rounds 61–63 were
// collected unseen: the laws this domain's texts cite by number alone (152-FZ, 242-FZ, the Lugovoy law, the blacklist
// law, the VPN law …); acts named in the plural with one date («законами от 02.07.2013 № 153-ФЗ … и № 152-ФЗ»); a year
// tied to an act by the verb of its making («принятый в 2020 году»); «от» translated "on" before a government act's
// number; Convention 108 and Government Resolutions No. 1119 and No. 1101 of 2012.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    // (GitHub issue, 2026; SendGrid docs)
    ['Hosting in the US breaks 152-FZ.', [['ru-fl-152-fz-2006', '152-FZ']]],
    ['Russian Federal Law No. 242-FZ requires localisation.', [['ru-fl-242-fz-2014', 'Russian Federal Law No. 242-FZ']]],
    // (hrw.org, 2013; spbttp, 2017; iprinfo, 2012)
    ['Known as law No. 139-FZ, the new law calls for the creation of a unified register of prohibited websites.', [['ru-fl-139-fz-2012', 'No. 139-FZ']]],
    ['Federal Law No. 276 "On Amendments to the Law "On Information, information technology and on the protection of information" does not prohibit VPNs.',
      [['ru-fl-276-fz-2017', 'Federal Law No. 276'], ['ru-fl-149-fz-2006', 'Law "On Information, information technology and on the protection of information"']]],
    // (fi.wikipedia's public-domain tag)
    ['articles 5 and 6 of Law No. 231-FZ of the Russian Federation of December 18, 2006', [['ru-fl-231-fz-2006:5', 'articles 5 and 6 of Law No. 231-FZ'], ['ru-fl-231-fz-2006:6', 'articles 5 and 6 of Law No. 231-FZ']]],
    // (a number alone is another year's act where the verb of its making dates it, or a dated list shares its date)
    ['Law No. 14-FZ, adopted in 2020, changed the procedure.', [['ru-fl-14-fz-2020', 'Law No. 14-FZ']]],
    ['Russia adopted Federal Laws of 2 July 2013 No. 187-FZ and No. 152-FZ.', [['ru-fl-187-fz-2013', 'Federal Laws of 2 July 2013 No. 187-FZ'], ['ru-fl-152-fz-2013', 'No. 152-FZ']]],
    ['the Law No. 97-FZ of 2019 on fishing', [['ru-fl-97-fz-2019', 'Law No. 97-FZ of 2019']]],
    // (github/gov-takedowns, Roskomnadzor's notice, 2014): «от» as "on"
    ['by resolution of the Government of the Russian Federation on October 26, 2012 No. 1101 the register was created', [['ru-gov-1101-2012', 'resolution of the Government of the Russian Federation on October 26, 2012 No. 1101']]],
    ['the Government Decree on copyright No. 5', []],
    // (neo-compliance-hub; foulegold)
    ['the Strasbourg Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data (ratified by Russia in 2006); Convention 108+ followed.',
      [['coe-convention-108', 'Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data'], ['coe-convention-108', 'Convention 108+']]],
    ['Government Decree No. 1119 sets the protection levels.', [['ru-gov-1119-2012', 'Government Decree No. 1119']]],
    ['Decree No. 1119 of the Ministry of Health', []],
  ], 'en');
});

describe('Russian forms', () => {
  table([
    // (GitHub issues, 2026; colta.ru, 2016; arsvest)
    ['Нужно соблюдать 242-ФЗ и хранить данные в России.', [['ru-fl-242-fz-2014', '242-ФЗ']]],
    ['С 1 февраля 2014 года в России действует федеральный закон №398-ФЗ, который определяет порядок блокировки.', [['ru-fl-398-fz-2013', 'федеральный закон №398-ФЗ']]],
    ['На текущий момент, согласно закону 398-ФЗ, право требовать немедленной блокировки есть у Генпрокуратуры.', [['ru-fl-398-fz-2013', 'закону 398-ФЗ']]],
    // (amnagency, 2013): the later number of a dated plural shares its date
    ['Поправки в Налоговый кодекс РФ внесены Федеральными законами от 02.07.2013 № 153-ФЗ (в отношении досудебного урегулирования споров) и № 152-ФЗ (в отношении НДФЛ и НДПИ).',
      [['ru-tax-code', 'Налоговый кодекс РФ'], ['ru-fl-153-fz-2013', 'Федеральными законами от 02.07.2013 № 153-ФЗ'], ['ru-fl-152-fz-2013', '№ 152-ФЗ']]],
    ['Закон № 14-ФЗ, принятый в 2020 году, изменил порядок.', [['ru-fl-14-fz-2020', 'Закон № 14-ФЗ']]],
    ['Федеральный закон № 149-ФЗ, принятый в 2006 году, действует.', [['ru-fl-149-fz-2006', 'Федеральный закон № 149-ФЗ']]],
    ['Конвенция Совета Европы о защите физических лиц при автоматизированной обработке персональных данных', [['coe-convention-108', 'Конвенция Совета Европы о защите физических лиц при автоматизированной обработке персональных данных']]],
    // (a privacy policy's own words are not the resolution's title)
    ['в отношении обработки персональных данных и реализации требований к защите персональных данных', []],
    ['ПП РФ № 1119 от 01.11.2012', [['ru-gov-1119-2012', 'ПП РФ № 1119 от 01.11.2012']]],
  ], 'ru');
});
