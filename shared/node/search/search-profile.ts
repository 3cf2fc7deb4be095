// An optional profiler for the search's stages (parse, expand, FTS5, rows, snippets…), off unless a bench installs one.
type Profiler = (stage: string, ms: number) => void;

let profiler: Profiler | null = null;

export function setSearchProfiler(next: Profiler | null): void {
  profiler = next;
}

/** Runs `fn`, reporting its time under `stage` when a profiler is installed. */
export function timed<T>(stage: string, fn: () => T): T {
  if (!profiler) return fn();
  const started = performance.now();
  try {
    return fn();
  } finally {
    profiler(stage, performance.now() - started);
  }
}
