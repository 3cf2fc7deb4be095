// What a word is, for search and linking alike: a run of letters, digits and combining marks, with inner apostrophes.

/** Words of any script; "holder's" is one word. Use with matchAll (which copies the expression, so sharing it is safe). */
export const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
