// Export buttons (JSON-LD, CSV) for all annotations, a document's or a tag's, and optionally Import JSON-LD.
import { useRef } from 'react';
import { useAppStore } from '../state/store-context.js';
import { ANNOTATION_IMPORT_ACCEPT, exportAnnotations, importAnnotationFile } from '../commands/annotation-files.js';
import { useApi } from './api-context.js';

export function AnnotationExchange({ doc, tag, withImport = false }: { doc?: string; tag?: string; withImport?: boolean }) {
  const api = useApi();
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const scope = { ...(doc ? { doc } : {}), ...(tag ? { tag } : {}) };
  const what = doc ? 'this document’s annotations' : tag ? `the annotations tagged ${tag}` : 'all annotations';
  return (
    <div className="annotation-exchange toolbar">
      <button type="button" className="button button-small" title={`Export ${what} as JSON-LD (W3C Web Annotation)`} onClick={() => void exportAnnotations(api, { format: 'jsonld', ...scope })}>
        Export JSON-LD
      </button>
      <button type="button" className="button button-small" title={`Export ${what} as CSV`} onClick={() => void exportAnnotations(api, { format: 'csv', ...scope })}>
        Export CSV
      </button>
      {withImport ? (
        <>
          <button type="button" className="button button-small" onClick={() => input.current?.click()}>
            Import JSON-LD…
          </button>
          <input
            ref={input}
            type="file"
            accept={ANNOTATION_IMPORT_ACCEPT}
            className="offscreen"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="annotation-import-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importAnnotationFile(store, file);
            }}
          />
        </>
      ) : null}
    </div>
  );
}
