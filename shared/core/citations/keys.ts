// Canonical provision keys ('ru-civil-code:1252/5') and their human descriptions.
import { INSTRUMENTS } from './registry.js';

/**
 * Key format: `instrument[:article[/part[/subpart...]]]`.
 * 'ru-civil-code', 'ru-civil-code:1229', 'ru-civil-code:1252/5', 'ru-civil-code:1270/1/2' (подпункт 2 пункта 1),
 * 'ru-criminal-code:146/note', 'ru-criminal-code:146/3/б', 'wto-wpr-rus:1339', 'ru-fl-364-fz'.
 */
export function provisionKey(instrument: string, article?: string, part?: string): string {
  if (!article) return instrument;
  return part ? `${instrument}:${article}/${part}` : `${instrument}:${article}`;
}

const KEY_RE = /^([a-z0-9][a-z0-9-]*)(?::([0-9]+(?:\.[0-9]+)*)(?:\/([^/\s:]+(?:\/[^/\s:]+)*))?)?$/u;

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
  const law = /^ru-fl-(\d+)-fz$/.exec(id);
  if (law) return lang === 'ru' ? `Федеральный закон № ${law[1]}-ФЗ` : `Federal Law No. ${law[1]}-FZ`;
  return id;
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
