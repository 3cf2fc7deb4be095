// Words that show a sentence is about another state's law (its nicknames and prose titles are then that state's).

/** A sentence about another state's law: a law's nickname there is that state's ("In the United States, Trade Secret Law …"). */
// (and the states that copy Russia's internet and media laws or are compared with them: "Iran's sovereign internet
// law", "Georgia's foreign agents law", «Грузия приняла закон об иноагентах», «Китайский закон о VPN»)
export const ANOTHER_STATE = {
  en: /\b(?:United\s+States|U\.S\.|US|USA|American|UK|British|Britain|England|EU|European|Ukrain\w*|Belarus\w*|Kazakh\w*|German\w*|France|French|Chin\w+|Japan\w*|India\w*|Canad\w*|Australia\w*|Uniform|Defend|Iran\w*|Turk(?:ey|ish|iye)\w*|Hungar\w*|Georgia\w*|Kyrgyz\w*|Uzbek\w*|Tajik\w*|Armenia\w*|Azerbaijan\w*|Moldov\w*|Vietnam\w*|Poland|Polish|Israel\w*|Brazil\w*|Korea\w*|Indonesia\w*|Serbia\w*|Slovak\w*|Venezuela\w*|Nicaragua\w*|Egypt\w*|Pakistan\w*|Saudi|Tbilisi|Abkhaz\w*|Srpska|Bosnia\w*|Salvador\w*|Bulgaria\w*|Macedonia\w*|America(?=['’]s))\b/u,
  ru: /(?<![\p{L}])(?:Украин|Белорус|Беларус|Казахстан|Киргиз|Кыргыз|Узбекистан|Таджикистан|Армени|Азербайджан|Молдов|Молдав|Грузи[ияюей](?![\p{L}])|Иран(?:[аеу]|ом)?(?![\p{L}])|ЕС(?![\p{L}])|Турци|Венгри|Кита[йяюе](?![\p{L}])|КНР|США|Америк|Евросоюз|Германи|Франци|Вьетнам|Польш|Израил|Великобритани|Британи|[Уу]краинск|[Бб]елорусск|[Кк]азахстанск|[Кк]азахск|[Кк]иргизск|[Кк]ыргызск|[Уу]збекск|[Тт]аджикск|[Аа]рмянск|[Аа]зербайджанск|[Мм]олдавск|[Гг]рузинск|[Ии]ранск|[Тт]урецк|[Вв]енгерск|[Кк]итайск|[Аа]мериканск|[Гг]ерманск|[Нн]емецк|[Фф]ранцузск|[Вв]ьетнамск|[Пп]ольск|[Ии]зраильск|[Бб]ританск|Тбилис|Абхаз|Сербск|Болгар|Сальвадор|Македони)/u,
};

/**
 * Another CIS state named, in either language: their laws share Russia's titles and their governments number
 * resolutions as Russia's does ("the Civil Code of Kyrgyz Republic, … the Law “On Trademarks …”", «В Казахстане
 * постановление правительства № 1236»).
 */
export const CIS_STATE = /(?:Ukrain|Belarus|Kazakh|Kyrgyz|Uzbek|Tajik|Armenia|Azerbaijan|Moldov|Turkmen|Украин|Белорус|Беларус|Казах|Киргиз|Кыргыз|Узбек|Таджик|Армени|Армян|Азербайджан|Молдов|Молдав|Туркмен|[Кк]азахстанск|[Бб]елорусск|[Уу]краинск|[Уу]збекск)/u;

/** Russia named, in either language (a sentence on another state that names Russia too is Russia's as well). */
export const RUSSIA_NAMED = /(?:Russia|Russian\s+Federation|\bRF\b|Росси|РФ(?![\p{L}]))/u;
