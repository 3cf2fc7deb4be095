// English instrument-level mentions: registry names, federal laws by number and "the Code" anaphora.
import { INSTRUMENTS } from './registry.js';
import { findAliasMentions, type RawMention } from './mentions.js';

// Federal laws by registration number, written for:
//   "the 2014 amendments (Federal Law No. 364, in force May 2015)"            (IIPA 2017)
//   "Federal Law No. 364-FZ of 24 November 2014", "Federal Law 149-FZ", "Law No. 35-FZ"
const DATE_EN = String.raw`(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})`;
const FEDERAL_LAW_EN = new RegExp(
  String.raw`\b(?:(?:Russian\s+)?(?:Federal\s+)?Law\s+(?:of\s+${DATE_EN}\s+)?(?:No\.?|Number|№)\s*(\d{1,4})(?:-?FZ)?\b|(?:Federal\s+Law\s+)?(\d{1,4})-FZ\b)`,
  'g',
);

// "this Code" in an English statute is its own code; "the Code" is the last code named ("Article 5 of the Code").
const CODE_ANAPHORA_EN = /\b(?:the|this|that|said)\s+Code\b/g;

export function findEnglishMentions(text: string): RawMention[] {
  const out = findAliasMentions(text, 'en');
  FEDERAL_LAW_EN.lastIndex = 0;
  for (let m = FEDERAL_LAW_EN.exec(text); m; m = FEDERAL_LAW_EN.exec(text)) {
    const n = m[1] ?? m[2]!;
    out.push({ start: m.index, end: m.index + m[0].length, instrument: INSTRUMENTS.federalLawId(n) });
  }
  CODE_ANAPHORA_EN.lastIndex = 0;
  for (let m = CODE_ANAPHORA_EN.exec(text); m; m = CODE_ANAPHORA_EN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: 'code' });
  }
  return out;
}
