// Encoding of ids inside app paths (/clause/<id>, /provision/<key>), shared by the renderer's routes and Electron's deep links.

/** Encodes an id that may hold '/' (clause paths) or ':' (provision keys) as readable path segments. */
export function encodePathTail(value: string): string {
  return value
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/%3A/gi, ':'))
    .join('/');
}

/** Decodes what encodePathTail made; null when the text is not valid percent-encoding. */
export function decodePathTail(value: string): string | null {
  try {
    return value.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
}
