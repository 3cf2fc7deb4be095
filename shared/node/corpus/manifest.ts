// Reads and validates a corpus manifest (corpus/manifest.json) into typed entries.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { DOCUMENT_KINDS, LANGS, SOURCE_FORMATS } from '../../core/model.js';

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'),
  file: z.string().min(1),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  citeAs: z.string().min(1).optional(),
  kind: z.enum(DOCUMENT_KINDS),
  date: z.string().optional(),
  lang: z.enum(LANGS),
  format: z.enum(SOURCE_FORMATS),
  instrument: z.string().optional(),
  source: z.string().optional(),
});

const manifestSchema = z.object({ version: z.literal(1), documents: z.array(entrySchema).min(1) });

export type ManifestEntry = z.infer<typeof entrySchema> & { path: string };

/** Loads `manifest.json` from a corpus folder; entries carry the absolute path of their file. */
export function loadManifest(corpusDir: string): ManifestEntry[] {
  const file = resolve(corpusDir, 'manifest.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`${file}: cannot read the corpus manifest (${(err as Error).message})`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: invalid manifest at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  }
  const seen = new Set<string>();
  return parsed.data.documents.map((entry) => {
    if (seen.has(entry.id)) throw new Error(`${file}: document id "${entry.id}" appears twice`);
    seen.add(entry.id);
    return { ...entry, path: resolve(dirname(file), entry.file) };
  });
}
