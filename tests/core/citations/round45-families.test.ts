// Table tests for the families of forms rounds 44–45 of the external gold showed once run (then read and added to
// dev): Russia's WTO accession protocol by description ("the protocol on accession to the WTO" in a sentence on
// Russia, «Протокол о вступлении России во Всемирную торговую организацию»), the Treaty on the Customs Union's
// Customs Code, the 2018 customs law by its full title, a government decree in lower case with its date after the
// number, and registry breadth (the Law on International Treaties, the Skolkovo law, the Fundamentals on Notaries).
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';

describe('English forms', () => {
  table([
    ["Russia's Constitutional Court upheld the protocol on accession to WTO.", [['wto-protocol-rus', 'protocol on accession to WTO']]],
    ['the protocol on Russia’s accession to the World Trade Organisation (WTO)', [['wto-protocol-rus', 'protocol on Russia’s accession to the World Trade Organisation']]],
    // another state's
    ['China signed the protocol on accession to the WTO in 2001.', []],
    ['the Federal Law on Customs Regulation in the Russian Federation and Amendment of Specific Regulations of the Russian Federation',
      [['ru-fl-289-fz-2018', 'Federal Law on Customs Regulation in the Russian Federation and Amendment of Specific Regulations of the Russian Federation']]],
    ['Article 22 of the Fundamentals of the Legislation of the Russian Federation on Notaries',
      [['ru-law-4462-1-1993:22', 'Article 22 of the Fundamentals of the Legislation of the Russian Federation on Notaries']]],
    ['the Agreement on the Customs Code of the Customs Union', [['cu-customs-code-treaty-2009', 'Agreement on the Customs Code of the Customs Union']]],
    ['the levy follows governmental decree #829 14.10.2010', [['ru-gov-829-2010', 'governmental decree #829 14.10.2010']]],
    ['the Kazakh governmental decree #5 14.10.2010', []],
  ], 'en', '2019-01-01');
});

describe('Russian forms', () => {
  table([
    ['Протокол о вступлении России во Всемирную торговую организацию ратифицирован', [['wto-protocol-rus', 'Протокол о вступлении России во Всемирную торговую организацию']]],
    ['согласно федеральному закону «О международных договорах» и Федеральному закону "Об инновационном центре "Сколково""',
      [['ru-fl-101-fz-1995', 'федеральному закону «О международных договорах»'], ['ru-fl-244-fz-2010', 'Федеральному закону "Об инновационном центре "Сколково"']]],
    ['Закон о международных договорах Республики Казахстан', []],
  ], 'ru', '2019-01-01');
});
