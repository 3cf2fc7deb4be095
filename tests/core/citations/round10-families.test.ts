// Table tests for the families of forms round 10 of the external gold showed: a treaty's parts in brackets after a Russian
// article word, Russian titles shortened as news writes them ("РФ", "США"), and the Eurasian Patent Convention.
import { describe } from 'vitest';
import { citeTable as table } from './helpers.js';


describe("a treaty's parts in brackets after a Russian article word", () => {
  table([
    ['в соответствии со статьей 29 (1) «b» Парижской конвенции', [['paris-convention:29/1/b', 'статьей 29 (1) «b» Парижской конвенции']]],
    ['согласно статье 3(3)(ii) Евразийской патентной конвенции', [['eurasian-patent-convention:3/3/ii', 'статье 3(3)(ii) Евразийской патентной конвенции']]],
    ['статьей 45 (1) Договора о патентной кооперации', [['wipo-pct:45/1', 'статьей 45 (1) Договора о патентной кооперации']]],
    // an editorial bracket is no part
    ['ст. 1252 (в ред. закона) ГК РФ', [['ru-civil-code:1252', 'ст. 1252']]],
  ], 'ru');
});

describe('Russian titles shortened as news writes them', () => {
  table([
    ['указами главы государства "О применении специальных экономических мер в связи с недружественными действиями США и примкнувших к ним иностранных государств"',
      [['ru-ukaz-79-2022', '"О применении специальных экономических мер в связи с недружественными действиями США']]],
    ['указом "О дополнительных временных мерах экономического характера по обеспечению финансовой стабильности РФ"',
      [['ru-ukaz-81-2022', '"О дополнительных временных мерах экономического характера по обеспечению финансовой стабильности РФ"']]],
    ['указ "О временном порядке исполнения обязательств перед некоторыми иностранными кредиторами"',
      [['ru-ukaz-95-2022', '"О временном порядке исполнения обязательств перед некоторыми иностранными кредиторами"']]],
  ], 'ru');
});

describe('the Eurasian Patent Convention', () => {
  table([
    ['Russia is a party to the Eurasian Patent Convention; Article 15 of the Convention sets the fees.',
      [['eurasian-patent-convention', 'Eurasian Patent Convention'], ['eurasian-patent-convention:15', 'Article 15 of the Convention']]],
  ], 'en');
  table([
    ['Евразийская патентная конвенция подписана в 1994 году. Статья 2 ЕАПК учреждает организацию.',
      [['eurasian-patent-convention', 'Евразийская патентная конвенция'], ['eurasian-patent-convention:2', 'Статья 2 ЕАПК']]],
  ], 'ru');
});
