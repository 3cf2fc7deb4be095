// Imports a .txt or .html file through the API (the bytes travel base64-encoded) and refreshes the library.
import { useRef, useState } from 'react';
import { useApp } from '../state/store-context.js';
import { useApi } from './api-context.js';
import { toUiError } from '../api/ui-error.js';

export function ImportButton() {
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const loadDocuments = useApp((s) => s.loadDocuments);
  const openView = useApp((s) => s.openView);

  async function importFile(file: File) {
    setStatus(`Importing ${file.name}…`);
    try {
      const data = await toBase64(file);
      const report = await api.importDocument({ fileName: file.name, data });
      setStatus(`${file.name}: ${report.status}, ${report.clauses} clauses.`);
      await loadDocuments(true);
      openView({ type: 'doc', doc: report.docId, clause: null });
    } catch (err) {
      setStatus(`Could not import ${file.name}. ${toUiError(err).message}`);
    }
  }

  return (
    <div className="import">
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import a document…
      </button>
      <input
        ref={input}
        type="file"
        accept=".txt,.html,.htm,text/plain,text/html"
        className="offscreen"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {status ? (
        <p className="import-status" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
