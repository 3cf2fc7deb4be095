// What the app imports: the file types users may pick and the largest file accepted, for every host and the UI.

/** File name extensions the importers read (lower case, with the dot). */
export const IMPORT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.xhtml', '.pdf'] as const;

/** The largest file imported, in bytes. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The same limit as a length of base64 text (how importDocument carries the bytes). */
export const MAX_IMPORT_BASE64_CHARS = 4 * Math.ceil(MAX_IMPORT_BYTES / 3);

/** The limit in words, for messages. */
export const MAX_IMPORT_SIZE_TEXT = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
