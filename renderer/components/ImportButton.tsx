// The Library's import button: picks one or more files and imports them (see commands/import-file.ts and
// import-files.ts), with a progress bar naming the file and the count while several are imported.
import { useRef, useState } from 'react';
import { useAppStore } from '../state/store-context.js';
import { IMPORT_ACCEPT, type ImportOutcome } from '../commands/import-file.js';
import { importPickedFiles, type ImportStep } from '../commands/import-files.js';
import { useApi } from './api-context.js';
import { ProgressLine } from './ProgressBar.js';

export function ImportButton() {
  const api = useApi();
  const store = useAppStore();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<ImportOutcome | null>(null);
  const [step, setStep] = useState<ImportStep | null>(null);

  async function importFiles(files: File[]) {
    setStatus(files.length === 1 ? { ok: true, message: `Importing ${files[0]!.name}…` } : null);
    if (files.length > 1) setStep({ file: files[0]!.name, done: 0, total: files.length });
    const outcome = await importPickedFiles(api, store, files, setStep);
    setStep(null);
    setStatus(outcome);
  }

  return (
    <div className="import">
      <button type="button" className="button" disabled={step !== null} onClick={() => input.current?.click()}>
        Import documents…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="offscreen"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
      {step ? <ProgressLine label="Importing" file={step.file} done={step.done} total={step.total} /> : null}
      {status ? (
        <p className={status.ok ? 'import-status' : 'import-status import-status-error'} role="status">
          {status.message}
        </p>
      ) : null}
    </div>
  );
}
