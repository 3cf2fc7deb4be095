// Turns a file's bytes into text: UTF-8, UTF-16 with a byte order mark, a declared charset, or a Cyrillic code page
// recognised by its letters (Windows-1251, KOI8-R, CP866); refuses empty files, binary data and what it cannot tell.
import { ImportError } from './import-error.js';

export interface DecodedText {
  text: string;
  /** The encoding's name when it is not UTF-8 ("KOI8-R"), for the import to report. */
  encoding?: string;
}

/** Decodes a file's text; anything it cannot read is refused with a message saying what the bytes look like. */
export function decodeText(bytes: Uint8Array, file: string, options: { declaredCharset?: string } = {}): string {
  return decodeDocumentText(bytes, file, options).text;
}

/** Like decodeText, and says which encoding it read when that was not UTF-8. */
export function decodeDocumentText(bytes: Uint8Array, file: string, options: { declaredCharset?: string } = {}): DecodedText {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty');
  const bom = byteOrderMark(bytes);
  let decoded: DecodedText;
  if (bom && bom !== 'utf-8') {
    let text: string;
    try {
      text = new TextDecoder(bom, { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new ImportError(file, `the text starts with a ${displayName(bom)} byte order mark but is not valid ${displayName(bom)}`);
    }
    if (hasControlCharacters(text.slice(0, 8192))) {
      throw new ImportError(file, 'the file is binary data, not a text or HTML document');
    }
    decoded = { text, encoding: displayName(bom) };
  } else {
    if (looksBinary(bytes)) throw new ImportError(file, 'the file is binary data, not a text or HTML document');
    decoded = decodeEightBit(bom === 'utf-8' ? bytes.subarray(3) : bytes, file, options.declaredCharset);
  }
  if (decoded.text.trim().length === 0) throw new ImportError(file, 'the file contains only whitespace');
  return decoded;
}

/** The charset an HTML page declares in its first bytes (<meta charset>, or http-equiv Content-Type). */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (UTF8_BOM.every((b, i) => bytes[i] === b)) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Cyrillic single-byte code pages, recognised by their letters. */
const CYRILLIC_CODE_PAGES = ['windows-1251', 'koi8-r', 'ibm866'] as const;
/** Fewer non-ASCII bytes than this cannot tell the code pages apart. */
const MIN_HIGH_BYTES = 16;
/** Of the non-ASCII characters, at least this share must be Cyrillic letters, and lower-case ones lead. */
const MIN_CYRILLIC = 0.9;
const MIN_LOWER = 0.55;
const SAMPLE = 256 * 1024;

function decodeEightBit(body: Uint8Array, file: string, declared: string | undefined): DecodedText {
  const utf8 = tryDecode('utf-8', body);
  if (utf8 !== null) return { text: utf8 };
  const declaredDecoder = declared ? decoderFor(declared) : null;
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') {
    const text = tryDecode(declaredDecoder.encoding, body);
    if (text !== null) return { text, encoding: displayName(declaredDecoder.encoding) };
  }
  const bad = firstInvalidUtf8(body);
  const where = `byte 0x${body[bad]!.toString(16).toUpperCase().padStart(2, '0')} on line ${lineOf(body, bad)}`;
  const high = highBytes(body.subarray(0, SAMPLE));
  if (high.count < MIN_HIGH_BYTES) {
    if (high.isolated) {
      throw new ImportError(file, `the text is not valid UTF-8: ${where} (the rest is plain ASCII; save the file as UTF-8 and import again)`);
    }
    throw new ImportError(file, `the text is not valid UTF-8 and too short to tell its encoding (${where}); save it as UTF-8 and import again`);
  }
  const page = cyrillicCodePage(body.subarray(0, SAMPLE));
  if (page) return { text: new TextDecoder(page).decode(body), encoding: displayName(page) };
  throw new ImportError(
    file,
    `the text is not valid UTF-8 (${where}), nor Cyrillic in Windows-1251, KOI8-R or CP866; save it as UTF-8 and import again`,
  );
}

/** The code page whose letters read as Russian text: mostly Cyrillic, mostly lower case, clearly ahead of the others. */
function cyrillicCodePage(sample: Uint8Array): (typeof CYRILLIC_CODE_PAGES)[number] | null {
  const scores = CYRILLIC_CODE_PAGES.map((label) => {
    const table = byteTable(label);
    let high = 0;
    let letters = 0;
    let lower = 0;
    for (const b of sample) {
      if (b < 0x80) continue;
      high++;
      const ch = table[b]!;
      if (/[а-яё]/.test(ch)) {
        letters++;
        lower++;
      } else if (/[А-ЯЁ]/.test(ch)) {
        letters++;
      }
    }
    return { label, cyrillic: letters / high, lower: lower / high };
  });
  scores.sort((a, b) => b.lower - a.lower);
  const [best, second] = scores;
  if (!best || best.cyrillic < MIN_CYRILLIC || best.lower < MIN_LOWER) return null;
  if (second && best.lower - second.lower < 0.2) return null;
  return best.label;
}

const tables = new Map<string, string[]>();
function byteTable(label: string): string[] {
  let table = tables.get(label);
  if (!table) {
    const decoder = new TextDecoder(label);
    table = Array.from({ length: 256 }, (_, b) => decoder.decode(Uint8Array.of(b)));
    tables.set(label, table);
  }
  return table;
}

/** How many bytes are non-ASCII, and whether each stands alone among ASCII (a stray byte, not a word of another script). */
function highBytes(bytes: Uint8Array): { count: number; isolated: boolean } {
  let count = 0;
  let isolated = true;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue;
    count++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) isolated = false;
  }
  return { count, isolated };
}

/** Where the first byte that does not start a well-formed UTF-8 sequence stands (for the message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return 0;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
  ibm866: 'CP866',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

function displayName(encoding: string): string {
  return DISPLAY_NAMES[encoding] ?? encoding.toUpperCase();
}

/** Control characters other than tab, line ends and form feed: UTF-16 that decodes to these is not text. */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x09 || (c > 0x0d && c < 0x20)) return true;
  }
  return false;
}

/** NUL bytes or many control characters in the first 8 KiB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
  }
  return control / sample.length > 0.05;
}
