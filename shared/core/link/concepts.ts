// Reading a text through the bilingual glossary: which legal concepts it names, in either language.
import { GLOSSARY } from './glossary.js';
import { wordTokens } from './words.js';

/** Concept id → the words that named it in this text ("intermediary services", "информационного посредника"). */
export type Concepts = Map<string, string>;

const PHRASES = GLOSSARY.flatMap((entry) =>
  [...entry.en, ...entry.ru].map((phrase) => ({ id: entry.id, words: phrase.toLowerCase().split(/[\s-]+/u).filter(Boolean) })),
);

/** The glossary concepts a text names: each phrase's words are the starts of consecutive words of the text. */
export function conceptsOf(text: string): Concepts {
  const tokens = wordTokens(text);
  const out: Concepts = new Map();
  for (let i = 0; i < tokens.length; i++) {
    for (const p of PHRASES) {
      if (out.has(p.id) || i + p.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k++) ok = tokens[i + k]!.word.startsWith(p.words[k]!);
      if (ok) out.set(p.id, text.slice(tokens[i]!.start, tokens[i + p.words.length - 1]!.end));
    }
  }
  return out;
}
