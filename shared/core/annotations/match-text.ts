// Text as anchoring compares it: whitespace runs as one space, quote marks and dashes unified, with a map to real offsets.
// The normalised text is internal to anchoring (only offsets mapped back through toOriginal leave it).

/** Normalised text and, for each of its characters, the offset of the original character it stands for. */
export interface MatchText {
  text: string;
  /** `toOriginal[k]` is the original offset of `text[k]`; one extra entry holds the original length. */
  toOriginal: Int32Array;
}

const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;

/** What each special character becomes: a replacement code, or -1 to drop it (zero-width characters). */
const REPLACEMENTS = new Map<number, number>([
  ...[0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x301d, 0x301e, 0xff02].map((c) => [c, DOUBLE_QUOTE] as const),
  ...[0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x02bc, 0x0060, 0x00b4].map((c) => [c, APOSTROPHE] as const),
  ...[0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212].map((c) => [c, HYPHEN] as const),
  ...[0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x0000].map((c) => [c, -1] as const),
  // The Russian letters А-я and the Latin-1 letters À-ÿ change places (a one-to-one swap, so equality is kept): the
  // approximate matcher looks characters below 256 up in an array and the others in a hash map, several times slower.
  ...Array.from({ length: 64 }, (_, i) => [0x0410 + i, 0x00c0 + i] as const),
  ...Array.from({ length: 64 }, (_, i) => [0x00c0 + i, 0x0410 + i] as const),
  [0x0451, 0x00e5], // ё → е
  [0x0401, 0x00c5], // Ё → Е
]);

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0x1680
  );
}

/** Normalises `text` for matching and maps every normalised character back to its original offset. */
export function matchText(text: string): MatchText {
  const codes = new Uint16Array(text.length);
  const toOriginal = new Int32Array(text.length + 1);
  let n = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (!inSpace) {
        codes[n] = SPACE;
        toOriginal[n++] = i;
        inSpace = true;
      }
      continue;
    }
    const replacement = code < 0x60 && code !== 0 ? code : (REPLACEMENTS.get(code) ?? code);
    if (replacement < 0) continue;
    inSpace = false;
    codes[n] = replacement;
    toOriginal[n++] = i;
  }
  toOriginal[n] = text.length;
  return { text: decode(codes.subarray(0, n)), toOriginal: toOriginal.slice(0, n + 1) };
}

/** The normalised form of a short string (a quote, a prefix, a suffix). */
export function normaliseForMatch(text: string): string {
  return matchText(text).text;
}

function decode(codes: Uint16Array): string {
  const CHUNK = 8192;
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True for letters, digits and combining marks (what selections snap to). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}
