// Files that are not ordinary documents: devices, pipes, links to them, huge or slow reads, other text encodings.
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../shared/node/import/import-document.js';
import { readImportBytes } from '../../../shared/node/import/read-import-file.js';
import { readHtmlLines } from '../../../shared/node/import/html-reader.js';
import { DocumentStore } from '../../../shared/node/store/document-store.js';
import { openDatabase } from '../../../shared/node/store/open-database.js';
import { visibleText } from '../../../shared/core/text/lines.js';
import { CORPUS_DIR, cleanupTemp, tempDir } from '../../helpers/temp-db.js';

afterAll(cleanupTemp);

/** Encodes `text` in a single-byte encoding TextDecoder knows, by inverting its table. */
function encodeSingleByte(text: string, label: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => {
    const byte = table.get(ch);
    if (byte === undefined) throw new Error(`${label} has no byte for ${JSON.stringify(ch)}`);
    return byte;
  }));
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return be;
}

/** Real Russian statute text from the shipped Civil Code, in characters all three Cyrillic code pages can hold. */
function civilCodeText(): string {
  const html = readFileSync(join(CORPUS_DIR, 'documents', 'ru-civil-code-part4.html'), 'utf8');
  const text = visibleText(readHtmlLines(html).lines);
  const start = text.indexOf('Статья 1225');
  return text
    .slice(start, start + 4000)
    .replace(/[«»“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/№/g, 'N')
    .replace(/[^\n -~А-яЁё]/g, ' ');
}

describe('what is not a regular file', () => {
  let dir: string;
  let db: ReturnType<typeof openDatabase>;
  beforeAll(async () => {
    dir = tempDir('lextrace-hostile-');
    db = openDatabase(':memory:');
  });

  it('refuses /dev/zero at once instead of reading without end', async () => {
    await expect(importFile(db, '/dev/zero')).rejects.toThrow(/\/dev\/zero: is a device, not a regular file/);
  });

  it('refuses a .txt link to /dev/zero, looking through the link', async () => {
    const link = join(dir, 'zero.txt');
    symlinkSync('/dev/zero', link);
    await expect(importFile(db, link)).rejects.toThrow(/zero\.txt: is a device, not a regular file/);
  });

  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = join(dir, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const started = Date.now();
    await expect(importFile(db, fifo)).rejects.toThrow(/pipe\.txt: is a named pipe, not a regular file/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads no more than the byte limit, and gives up on a read that takes too long', async () => {
    const file = join(dir, 'big.txt');
    writeFileSync(file, 'x'.repeat(5_000_000));
    expect(() => readImportBytes(file, { maxBytes: 100_000 })).toThrow(/big\.txt: is too large/);
    let now = 0;
    const clock = (): number => (now += 1000);
    expect(() => readImportBytes(file, { timeLimitMs: 2500, clock })).toThrow(/big\.txt: reading took longer than 2.5 s/);
    expect(readImportBytes(file).length).toBe(5_000_000);
  });
});

describe('text encodings', () => {
  let dir: string;
  let russian: string;
  beforeAll(async () => {
    dir = tempDir('lextrace-encodings-');
    russian = civilCodeText();
    expect(russian).toMatch(/^Статья 1225\. Охраняемые результаты интеллектуальной деятельности/);
  });

  const importAs = async (name: string, bytes: Uint8Array) => {
    const db = openDatabase(':memory:');
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const outcome = await importFile(db, path);
    const text = new DocumentStore(db).listClauses(outcome.docId).map((c) => c.text).join('\n');
    db.close();
    return { outcome, text };
  };

  it.each([
    ['Windows-1251', 'windows-1251'],
    ['KOI8-R', 'koi8-r'],
    ['CP866', 'ibm866'],
  ])('imports Civil Code text in %s and says so', async (name, label) => {
    const { outcome, text } = await importAs(`gk-${label}.txt`, encodeSingleByte(russian, label));
    expect(outcome.notes).toContain(`read as ${name} text (the file is not UTF-8)`);
    expect(text).toContain('Охраняемые результаты интеллектуальной деятельности');
  });

  it.each([
    ['UTF-16LE', 'le'],
    ['UTF-16BE', 'be'],
  ] as const)('imports %s with a byte order mark', async (name, endian) => {
    const { outcome, text } = await importAs(`gk-utf16${endian}.txt`, utf16(russian, endian));
    expect(outcome.notes).toContain(`read as ${name} text (the file is not UTF-8)`);
    expect(text).toContain('Охраняемые результаты интеллектуальной деятельности');
  });

  it('reads an HTML page in the encoding its meta tag declares', async () => {
    const page = `<html><head><meta charset="koi8-r"><title>ГК</title></head><body><p>${russian.slice(0, 400)}</p></body></html>`;
    const { outcome, text } = await importAs('gk.html', encodeSingleByte(page, 'koi8-r'));
    expect(outcome.notes).toContain('read as KOI8-R text (the file is not UTF-8)');
    expect(text).toContain('Охраняемые результаты');
  });

  it('names the stray byte of ASCII text instead of calling it Windows-1251', async () => {
    const bytes = Uint8Array.from([...Buffer.from('The Licensee shall pay the fee.\nCaf'), 0xe9, ...Buffer.from(' terms apply.\n')]);
    const path = join(dir, 'stray.txt');
    writeFileSync(path, bytes);
    await expect(importFile(openDatabase(':memory:'), path)).rejects.toThrow(
      /stray\.txt: the text is not valid UTF-8: byte 0xE9 on line 2 \(the rest is plain ASCII; save the file as UTF-8 and import again\)/,
    );
  });

  it('says which encoding it could not tell apart instead of guessing from a few letters', async () => {
    const path = join(dir, 'short.txt');
    writeFileSync(path, encodeSingleByte('Ст. 5', 'koi8-r'));
    await expect(importFile(openDatabase(':memory:'), path)).rejects.toThrow(/short\.txt: the text is not valid UTF-8 and too short to tell its encoding/);
  });
});
