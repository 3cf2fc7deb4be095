// Above the matrix: its size, the filters by instrument group and by status (the status chips double as the legend),
// and the exports (CSV, XLSX, the trace report as DOCX, and the report's print preview).
import { useState, type ReactNode } from 'react';
import { INSTRUMENT_GROUPS, MATRIX_STATUSES, type InstrumentGroup, type MatrixStatus, type TraceMatrix } from '../../shared/core/api/review-dto.js';
import { INSTRUMENT_GROUP_LABELS } from '../../shared/core/review/instrument-groups.js';
import { toUiError } from '../api/ui-error.js';
import { useApp } from '../state/store-context.js';
import { matrixArgs, type MatrixFilters } from '../state/review-slice.js';
import { MATRIX_STATUS_WORDS } from '../text/link-status.js';
import { saveFile } from '../commands/save-file.js';
import { showToast } from '../commands/toast.js';
import { useApi } from './api-context.js';
import { ConfidenceInfo } from './ConfidenceInfo.js';

/** The statuses the server shows when none is asked for. */
const DEFAULT_STATUSES: readonly MatrixStatus[] = MATRIX_STATUSES.filter((s) => s !== 'rejected');

/** Toggles one value in a filter whose empty list means `all` (kept empty whenever it equals `all`). */
export function toggleFilter<T>(chosen: readonly T[], all: readonly T[], value: T, fallback: readonly T[] = all): T[] {
  const current = chosen.length ? chosen : fallback;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  // Nothing at all would mean everything: the last value stays.
  if (next.length === 0) return [...chosen];
  const ordered = all.filter((v) => next.includes(v));
  if (ordered.length === fallback.length && fallback.every((v) => ordered.includes(v))) return [];
  return ordered;
}

export function MatrixToolbar({ matrix }: { matrix: TraceMatrix | null }) {
  const api = useApi();
  const filters = useApp((s) => s.matrixFilters);
  const setFilters = useApp((s) => s.setMatrixFilters);
  const openView = useApp((s) => s.openView);
  const [busy, setBusy] = useState<string | null>(null);
  const args = matrixArgs(filters);
  const instruments = filters.instruments.length ? filters.instruments : INSTRUMENT_GROUPS;
  const statuses = filters.statuses.length ? filters.statuses : DEFAULT_STATUSES;

  const download = async (what: string, make: () => Promise<Parameters<typeof saveFile>[0]>) => {
    setBusy(what);
    try {
      const file = await make();
      saveFile(file);
      showToast(`Saved ${file.fileName}.`);
    } catch (err) {
      showToast(`Could not export: ${toUiError(err).message}`);
    } finally {
      setBusy(null);
    }
  };

  const links = matrix?.cells.length ?? 0;
  return (
    <div className="matrix-toolbar">
      <div className="matrix-toolbar-row">
        <h1 className="matrix-title">Traceability matrix</h1>
        <span className="matrix-size" aria-live="polite">
          {matrix ? `${matrix.rows.length} commitments × ${matrix.columns.length} provisions · ${links} ${links === 1 ? 'link' : 'links'}` : ''}
        </span>
        <span className="toolbar matrix-exports" role="group" aria-label="Export">
          <button type="button" className="button button-small" disabled={busy !== null} onClick={() => void download('csv', () => api.exportMatrix({ format: 'csv', ...args }))}>
            {busy === 'csv' ? 'Exporting…' : 'CSV'}
          </button>
          <button type="button" className="button button-small" disabled={busy !== null} onClick={() => void download('xlsx', () => api.exportMatrix({ format: 'xlsx', ...args }))}>
            {busy === 'xlsx' ? 'Exporting…' : 'XLSX'}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={busy !== null}
            title="The trace report for a memo, as a Word document"
            onClick={() => void download('docx', () => api.exportTraceReport({ format: 'docx', ...args }))}
          >
            {busy === 'docx' ? 'Exporting…' : 'Report (DOCX)'}
          </button>
          <button type="button" className="button button-small" title="Preview the trace report and print it (or save it as PDF)" onClick={() => openView({ type: 'report' })}>
            Print report…
          </button>
        </span>
      </div>
      <div className="matrix-toolbar-row matrix-filters">
        <FilterGroup<InstrumentGroup>
          legend="Instruments"
          values={INSTRUMENT_GROUPS}
          checked={instruments}
          label={(g) => matrix?.groups.find((x) => x.id === g)?.label ?? INSTRUMENT_GROUP_LABELS[g]}
          onToggle={(g) => setFilters({ instruments: toggleFilter(filters.instruments, INSTRUMENT_GROUPS, g) })}
        />
        <FilterGroup<MatrixStatus>
          legend="Statuses"
          values={MATRIX_STATUSES}
          checked={statuses}
          label={(s) => (
            <span className={`matrix-legend matrix-cell-${s}`}>
              <span aria-hidden="true">{MATRIX_STATUS_WORDS[s].symbol} </span>
              {MATRIX_STATUS_WORDS[s].text}
            </span>
          )}
          onToggle={(s) => setFilters({ statuses: toggleFilter(filters.statuses, MATRIX_STATUSES, s, DEFAULT_STATUSES) })}
          after={<ConfidenceInfo />}
        />
        {filters.instruments.length || filters.statuses.length ? (
          <button type="button" className="button button-small button-quiet" onClick={() => setFilters({ instruments: [], statuses: [] } satisfies MatrixFilters)}>
            Reset filters
          </button>
        ) : null}
      </div>
    </div>
  );
}

function FilterGroup<T extends string>({
  legend,
  values,
  checked,
  label,
  onToggle,
  after,
}: {
  legend: string;
  values: readonly T[];
  checked: readonly T[];
  label(value: T): ReactNode;
  onToggle(value: T): void;
  /** After the chips (what "confident" means, beside the statuses). */
  after?: ReactNode;
}) {
  return (
    <fieldset className="matrix-filter-group">
      <legend className="matrix-filter-legend">{legend}</legend>
      {values.map((v) => (
        <label key={v} className={checked.includes(v) ? 'matrix-filter-chip matrix-filter-chip-on' : 'matrix-filter-chip'}>
          <input type="checkbox" checked={checked.includes(v)} onChange={() => onToggle(v)} />
          {label(v)}
        </label>
      ))}
      {after}
    </fieldset>
  );
}
