// Names for a user's document: its id from the file name, its short title.
import { createHash } from 'node:crypto';

const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'iu', я: 'ia',
};

/**
 * A document id from a file name: "My Report (2017).txt" → "my-report-2017", "Договор поставки.txt" →
 * "dogovor-postavki". A name with too few Latin or Cyrillic letters gets an id from a hash of the name, so a new
 * version of the same file still finds its document.
 */
export function slugFromFileName(fileName: string): string {
  const stem = fileName.replace(/\.[^.]+$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[а-яё]/g, (letter) => CYRILLIC_LATIN[letter] ?? '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `doc-${createHash('sha256').update(fileName).digest('hex').slice(0, 10)}`;
}

/** A title short enough for a tab or a citation (at most 48 characters). */
export function shorten(title: string): string {
  return title.length <= 48 ? title : `${title.slice(0, 45).trimEnd()}…`;
}
