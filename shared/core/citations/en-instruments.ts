// English instrument-level mentions: registry names and groups, and anaphora by common noun ("the Code", "the Convention").
import { bareConstitutionMentions } from './bare-constitution.js';
import { codeListMentions } from './code-lists.js';
import { findBareDecrees } from './bare-decrees.js';
import { genevaActMentions } from './geneva-acts.js';
import { truncatedTitleMentions } from './truncated-titles.js';
import { findAliasMentions } from './mentions.js';
import { findTransliteratedMentions } from './translit.js';
import type { CitationFamily, RawMention } from './types.js';
import { unknownLawMentions } from './unknown-laws.js';
import { wordedTitlesBeforeLaw } from './worded-titles.js';

// Written for (IIPA 2017 Special 301 report on Russia, 09MOSCOW521, WT/ACC/RUS/70, law-firm notes):
//   "the 2006 U.S.-Russia IPR Agreement", "the Civil Code, Part IV", "the Code of Administrative Offenses",
//   "the World Intellectual Property Organization (WIPO) Internet Treaties" (the WCT and the WPPT at once),
//   "the Special 301 Report", "Art. 1252(5) CC RF", "the Arbitrazh (Commercial) Procedure Code",
//   "part 1 of Article 14.33 of this Code", "Article 18 of the Convention" (the Berne Convention named before),
//   "paragraph 2 of Article 6 of the Convention" (the Rome Convention named last), "Item 1 of this Resolution" (a
//   government resolution's own heading names it: see own-act.ts).

/**
 * "this Code" in an English statute is its own code; "the Code" the last code named; "the Convention" the last
 * convention; "this Resolution" / "this Decree" a government resolution's own (its items are cited as articles).
 */
// ("Article 183 of this law": a lower-case "law" only with "this", after an article: see below)
// ("the Act": a Russian law a translation named "… Act" before, as the Strasbourg court's judgments call them: mentions.ts)
const NOUN_ANAPHORA_EN = /\b(?:(?<own>this|the\s+present)|the|that|said|the\s+said)\s+(?:Federal\s+)?(?<noun>Code|Convention|Treaty|Agreement|Law|Act|Resolution|Decree|(?<=(?:Article|Art\.)\s+[\d.]+\s+of\s+this\s+)law)\b/g;

export function findEnglishMentions(text: string): RawMention[] {
  // Russian names transliterated ("Grazhdanskij kodeks Rossijskoj Federacii") are found as the registry's Russian ones.
  const out = [...findAliasMentions(text, 'en'), ...findTransliteratedMentions(text), ...unknownLawMentions(text, 'en'), ...bareConstitutionMentions(text, 'en'), ...findBareDecrees(text, 'en'), ...genevaActMentions(text, 'en'), ...truncatedTitleMentions(text, 'en'), ...wordedTitlesBeforeLaw(text), ...codeListMentions(text, 'en')];
  NOUN_ANAPHORA_EN.lastIndex = 0;
  for (let m = NOUN_ANAPHORA_EN.exec(text); m; m = NOUN_ANAPHORA_EN.exec(text)) {
    // ("this Act" is a statute's own, read by the article families)
    if (m.groups!.noun === 'Act' && m.groups!.own) continue;
    const noun = m.groups!.noun === 'Decree' ? 'Resolution' : m.groups!.noun === 'law' ? 'Law' : m.groups!.noun!;
    out.push({ start: m.index, end: m.index + m[0].length, anaphora: { noun, ...(m.groups!.own ? { own: true } : {}) } });
  }
  return out;
}

export const EN_INSTRUMENTS: CitationFamily = { id: 'en-instruments', lang: 'en', find: (text) => ({ mentions: findEnglishMentions(text) }) };
