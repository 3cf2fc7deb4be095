// Turns a file's bytes into text, refusing empty files, binary data and text that is not UTF-8.
import { ImportError } from './import-error.js';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 (with or without BOM); anything else is refused with a message that says what it looks like. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty');
  if (looksBinary(bytes)) throw new ImportError(file, 'the file is binary data, not a text or HTML document');
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const hint = looksLikeWindows1251(body) ? ' (it looks like Windows-1251 Cyrillic; save it as UTF-8 and import again)' : '';
    throw new ImportError(file, `the text is not valid UTF-8${hint}`);
  }
  if (text.trim().length === 0) throw new ImportError(file, 'the file contains only whitespace');
  return text;
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

/** High bytes mostly in 0xC0-0xFF (Cyrillic letters in cp1251) and not forming UTF-8 sequences. */
function looksLikeWindows1251(bytes: Uint8Array): boolean {
  let high = 0;
  let cyrillic = 0;
  for (const b of bytes.subarray(0, 65536)) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0) cyrillic++;
    }
  }
  return high > 0 && cyrillic / high > 0.6;
}
