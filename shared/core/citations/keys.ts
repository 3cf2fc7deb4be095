// Canonical provision keys ('ru-civil-code:1252/5') and their human descriptions.
import { EURASIAN_DECISION_SERIES, INSTRUMENTS, isEurasianDecisionSeries, parseNumberedActId } from './registry.js';

/**
 * Key format: `instrument[:article[/part[/subpart...]]]`.
 * 'ru-civil-code', 'ru-civil-code:1229', 'ru-civil-code:1252/5', 'ru-civil-code:1270/1/2' (подпункт 2 пункта 1),
 * 'ru-criminal-code:146/note', 'ru-criminal-code:146/3/б', 'wto-wpr-rus:1339', 'ru-fl-364-fz-2014'.
 * Numbered Russian acts carry their year: 'ru-fl-187-fz-2013' (federal law 187-ФЗ of 2013), 'ru-law-5351-1-1993' (a law
 * of the RF), 'ru-gov-992-2007' (a government resolution); 'ru-fl-187-fz' when no text gave the year.
 */
export function provisionKey(instrument: string, article?: string, part?: string): string {
  if (!article) return instrument;
  return part ? `${instrument}:${article}/${part}` : `${instrument}:${article}`;
}

// An article number may carry a Latin ordinal suffix, as treaties number inserted articles (Paris Convention art. 10bis).
const KEY_RE = /^([a-z0-9][a-z0-9-]*)(?::([0-9]+(?:\.[0-9]+)*(?:bis|ter|quater|quinquies|sexies|septies)?)(?:\/([^/\s:]+(?:\/[^/\s:]+)*))?)?$/u;

export function parseProvisionKey(key: string): { instrument: string; article?: string; part?: string } | null {
  const m = KEY_RE.exec(key);
  if (!m) return null;
  const out: { instrument: string; article?: string; part?: string } = { instrument: m[1]! };
  if (m[2]) out.article = m[2];
  if (m[3]) out.part = m[3];
  return out;
}

function instrumentLabel(id: string, lang: 'en' | 'ru'): string {
  const def = INSTRUMENTS.get(id);
  if (def) return def.short[lang];
  const act = parseNumberedActId(id);
  if (!act) return id;
  const year = act.year ? (lang === 'ru' ? ` (${act.year})` : ` of ${act.year}`) : '';
  if (act.series === 'fz') return lang === 'ru' ? `Федеральный закон № ${act.number}-ФЗ${year}` : `Federal Law No. ${act.number}-FZ${year}`;
  if (act.series === 'fkz') return lang === 'ru' ? `Федеральный конституционный закон № ${act.number}-ФКЗ${year}` : `Federal Constitutional Law No. ${act.number}-FKZ${year}`;
  if (act.series === 'rf') return lang === 'ru' ? `Закон РФ № ${act.number}${year}` : `Law of the RF No. ${act.number}${year}`;
  if (act.series === 'ukaz') return lang === 'ru' ? `Указ Президента РФ № ${act.number}${year}` : `Presidential Decree No. ${act.number}${year}`;
  if (isEurasianDecisionSeries(act.series)) return `${EURASIAN_DECISION_SERIES[act.series][lang]} ${lang === 'ru' ? '№' : 'No.'} ${act.number}${year}`;
  // a government order keeps its "-r" ("Распоряжение Правительства РФ № 3718-р")
  const order = /^(\d+)-r$/.exec(act.number);
  if (order) return lang === 'ru' ? `Распоряжение Правительства РФ № ${order[1]}-р${year}` : `Government Order No. ${order[1]}-r${year}`;
  return lang === 'ru' ? `Постановление Правительства РФ № ${act.number}${year}` : `Government Resolution No. ${act.number}${year}`;
}

/**
 * The key as the current registry writes it: a key made with an instrument's former id ('ru-fl-364-fz:15.2', from
 * before federal laws were keyed by number and year) becomes the current one ('ru-fl-364-fz-2014:15.2'). Stored links,
 * bookmarks and a user's notes that name a provision by key resolve through it; other keys are returned unchanged.
 */
export function canonicalProvisionKey(key: string): string {
  const p = parseProvisionKey(key);
  if (!p) return key;
  const current = INSTRUMENTS.currentId(p.instrument);
  return current === p.instrument ? key : provisionKey(current, p.article, p.part);
}

/**
 * 'Civil Code art. 1252(5)', 'Civil Code art. 1270(1)(2)', 'Criminal Code art. 146 note', 'Working Party Report para. 1339';
 * Russian: 'п. 5 ст. 1252 ГК РФ', 'ч. 2 ст. 146 УК РФ', 'примечание к ст. 146 УК РФ'. Unparseable keys are returned as they are.
 */
export function describeProvision(key: string, lang: 'en' | 'ru' = 'en'): string {
  const p = parseProvisionKey(key);
  if (!p) return key;
  const label = instrumentLabel(p.instrument, lang);
  if (!p.article) return label;
  const def = INSTRUMENTS.get(p.instrument);
  const paragraph = def?.unit === 'paragraph';
  const parts = p.part ? p.part.split('/') : [];
  const note = parts[0] === 'note';
  const levels = note ? parts.slice(1) : parts;
  if (lang === 'en') {
    const head = `${label} ${paragraph ? 'para.' : 'art.'} ${p.article}${levels.map((l) => `(${l})`).join('')}`;
    return note ? `${head} note` : head;
  }
  const unitWord = paragraph ? 'п.' : 'ст.';
  if (note) return `примечание${levels.length ? ` ${levels.join('.')}` : ''} к ${unitWord} ${p.article} ${label}`;
  const first = def?.partLabel ?? 'ч.';
  const labels = first === 'ч.' ? ['ч.', 'п.', 'подп.'] : ['п.', 'подп.', 'абз.'];
  const inner = levels.map((l, i) => `${labels[i] ?? ''} ${l}`.trim()).reverse();
  return [...inner, `${unitWord} ${p.article}`, label].join(' ');
}
