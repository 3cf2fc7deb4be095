// Makes a zip-based office file (XLSX, DOCX) byte-stable: every entry dated alike, the core properties' timestamps fixed.
import JSZip from 'jszip';

/**
 * Rewrites the package with every entry at `date`, in name order, DEFLATE-compressed, and the created/modified
 * timestamps of docProps/core.xml set to `date`: the same content gives the same bytes whenever it is written.
 */
export async function stableZip(bytes: Uint8Array, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(bytes);
  const out = new JSZip();
  const stamp = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const names = Object.keys(source.files).filter((n) => !source.files[n]!.dir).sort(contentTypesFirst);
  for (const name of names) {
    let data: Uint8Array | string = await source.files[name]!.async('uint8array');
    if (name === 'docProps/core.xml') {
      data = Buffer.from(data)
        .toString('utf8')
        .replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    }
    out.file(name, data, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/** [Content_Types].xml first, as Office writes it; then by name. */
function contentTypesFirst(a: string, b: string): number {
  const first = '[Content_Types].xml';
  return a === first ? -1 : b === first ? 1 : a < b ? -1 : a > b ? 1 : 0;
}
