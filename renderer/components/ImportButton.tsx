// The Library's import button: picks a .txt or .html file and imports it (see commands/import-file.ts).
import { useRef, useState } from 'react';
import { useAppStore } from '../state/store-context.js';
import { IMPORT_ACCEPT, importPickedFile, type ImportOutcome } from '../commands/import-file.js';
import { useApi } from './api-context.js';

export function ImportButton() {
  const api = useApi();
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<ImportOutcome | null>(null);

  async function importFile(file: File) {
    setStatus({ ok: true, message: `Importing ${file.name}…` });
    setStatus(await importPickedFile(api, store, file));
  }

  return (
    <div className="import">
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import a document…
      </button>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
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
        <p className={status.ok ? 'import-status' : 'import-status import-status-error'} role="status">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
