// Progress of long operations: the service's (indexing the corpus at first start, a rebuild), polled while one runs,
// and the app's own (importing many files) — a bar with the file and the count.
import { useEffect, useState } from 'react';
import type { TaskProgress } from '../../shared/core/api/dto.js';
import { useApi } from './api-context.js';
import { useAppStore } from '../state/store-context.js';

const POLL_MS = 400;
const TASK_WORDS: Record<TaskProgress['task'], string> = { index: 'Indexing the corpus', import: 'Importing', rebuild: 'Rebuilding the index' };

/** A labelled progress bar: "Importing 3 of 10 · memo.txt". */
export function ProgressLine({ label, file, done, total }: { label: string; file: string; done: number; total: number }) {
  const text = total > 0 ? `${label} ${done.toLocaleString('en')} of ${total.toLocaleString('en')}${file ? ` · ${file}` : ''}` : `${label}…`;
  return (
    <div className="progress-line" role="status">
      <span className="progress-text">{text}</span>
      <progress className="progress-bar" value={total > 0 ? done : undefined} max={total > 0 ? total : undefined} aria-label={label} />
    </div>
  );
}

/** The service's long operation, if one runs: asked once at start, then polled until it ends (the library is then reloaded). */
export function ServiceProgress() {
  const api = useApi();
  const store = useAppStore();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = false;
    let shownDone = 0;
    const poll = async () => {
      let next: TaskProgress | null = null;
      try {
        next = await api.getProgress({});
      } catch {
        return; // a host without progress (an older service): nothing to show
      }
      if (stopped) return;
      setProgress(next);
      if (next) {
        // Each document done is in the library: show it as it comes.
        if (next.done > shownDone) {
          shownDone = next.done;
          void store.getState().invalidate(['library']);
        }
        seen = true;
        timer = setTimeout(() => void poll(), POLL_MS);
      } else if (seen) {
        void store.getState().invalidate(['library']);
      }
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, store]);
  if (!progress) return null;
  return (
    <div className="progress-banner">
      <ProgressLine label={TASK_WORDS[progress.task]} file={progress.file} done={progress.done} total={progress.total} />
    </div>
  );
}
