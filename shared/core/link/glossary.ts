// A small bilingual glossary of the legal terms that tell IP provisions apart: data, in the registry's style.

/**
 * One concept in both languages. `en`: English words or phrases, matched on word starts, case-insensitive ("intermediar"
 * matches "intermediary" and "intermediaries"); `ru`: Russian stems, matched on word starts ("посредник" matches
 * "посредника", "посредником"). A phrase matches its words in order, next to each other.
 */
export interface GlossaryEntry {
  id: string;
  en: string[];
  ru: string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { id: 'intermediary', en: ['intermediar', 'internet service provider', 'ISP', 'hosting provider', 'service provider'], ru: ['посредник', 'провайдер'] },
  { id: 'information', en: ['information'], ru: ['информаци', 'информационн'] },
  { id: 'network', en: ['network', 'internet', 'online'], ru: ['сет', 'интернет', 'информационно-телекоммуникационн'] },
  { id: 'liability', en: ['liabilit', 'liable'], ru: ['ответственност'] },
  { id: 'infringement', en: ['infring', 'violat'], ru: ['нарушени', 'наруша'] },
  { id: 'exclusive-right', en: ['exclusive right'], ru: ['исключительн'] },
  { id: 'liquidation', en: ['liquidat'], ru: ['ликвидац'] },
  { id: 'legal-entity', en: ['legal entit', 'legal person', 'compan'], ru: ['юридическ'] },
  { id: 'entrepreneur', en: ['entrepreneur'], ru: ['предпринимател'] },
  { id: 'compensation', en: ['compensation', 'damages'], ru: ['компенсац', 'убытк'] },
  { id: 'counterfeit', en: ['counterfeit'], ru: ['контрафактн'] },
  { id: 'seizure', en: ['seiz', 'confiscat', 'withdraw'], ru: ['изъяти', 'конфискац'] },
  { id: 'destruction', en: ['destroy', 'destruction'], ru: ['уничтожени'] },
  { id: 'equipment', en: ['equipment', 'materials', 'implements'], ru: ['оборудовани', 'материал', 'орудия'] },
  { id: 'technical-protection', en: ['technological protection', 'technical means of protection', 'TPM'], ru: ['технических средств защиты', 'технические средства защиты'] },
  { id: 'rights-information', en: ['rights management information', 'copyright management information'], ru: ['информации об авторском праве'] },
  { id: 'collective-management', en: ['collective management', 'collecting societ', 'collective rights management'], ru: ['коллективн', 'управлени правами'] },
  { id: 'accreditation', en: ['accredit'], ru: ['аккредитац', 'аккредитованн'] },
  { id: 'website', en: ['website', 'web site', 'site'], ru: ['сайт'] },
  { id: 'placement', en: ['hosting', 'placement', 'upload'], ru: ['размещени', 'размеща'] },
  { id: 'transmission', en: ['transmi', 'dissemination', 'distribution'], ru: ['передач', 'распространени'] },
  { id: 'copyright', en: ['copyright'], ru: ['авторск'] },
  { id: 'related-rights', en: ['related rights', 'neighbouring rights', 'neighboring rights'], ru: ['смежн'] },
  { id: 'trademark', en: ['trademark', 'trade mark', 'service mark'], ru: ['товарн', 'знак обслуживания'] },
  { id: 'injunction', en: ['injunction', 'preliminary measure', 'interim measure'], ru: ['обеспечительн', 'предварительн'] },
  { id: 'criminal', en: ['criminal', 'crime', 'imprisonment'], ru: ['уголовн', 'преступлен', 'лишени свободы'] },
  { id: 'fine', en: ['fine', 'penalt'], ru: ['штраф'] },
  { id: 'large-scale', en: ['large scale', 'major damage', 'threshold'], ru: ['крупн', 'особо крупн', 'ущерб'] },
  { id: 'free-use', en: ['free use', 'without consent', 'without remuneration', 'exception'], ru: ['свободн', 'без согласия', 'без выплаты'] },
  { id: 'private-copying', en: ['private copying', 'private purposes', 'levy'], ru: ['личных целях', 'вознаграждени'] },
];
