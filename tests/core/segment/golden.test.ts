// Golden files for the five text documents: tests/golden/segments/<docId>.txt, one clause per block, reviewed by eye.
// Rewrite them after an intended change with:  UPDATE_GOLDEN=1 npx vitest run tests/core/segment/golden.test.ts
// (this test is also the "update-golden-segments" script: without UPDATE_GOLDEN it compares and fails on any difference,
// and on a missing golden file, which it never writes on its own).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ClauseDraft } from '../../../shared/core/model.js';
import { segmentTextDocument } from '../../../shared/core/segment/text-documents.js';
import { loadTextDoc, TEXT_DOC_IDS } from './load-text-doc.js';

const goldenFile = (docId: string): string => fileURLToPath(new URL(`../../golden/segments/${docId}.txt`, import.meta.url));

function render(clauses: readonly ClauseDraft[]): string {
  return clauses
    .map((c) => {
      const notes = [
        ...(c.footnotes ?? []).map((f) => `calls ${f.footnotePath} at ${f.start}`),
        ...(c.calledFrom ? [`called from ${c.calledFrom}`] : []),
        ...(c.title && c.kind !== 'heading' ? [`run-in "${c.title}"`] : []),
      ];
      const head = `${c.path} | ${c.kind} | ${c.level} | ${c.label}${notes.length ? ` | ${notes.join('; ')}` : ''}`;
      return `${head}\n${c.text}\n`;
    })
    .join('\n');
}

describe('golden segments of the text documents', () => {
  for (const docId of TEXT_DOC_IDS) {
    it(`${docId} matches tests/golden/segments/${docId}.txt`, () => {
      const actual = render(segmentTextDocument(loadTextDoc(docId)));
      const file = goldenFile(docId);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, actual);
      }
      // A missing golden file is a failure: a new document gets one only by a deliberate UPDATE_GOLDEN=1 run.
      expect(existsSync(file), `${file} is missing; write it with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
