// The choices of the search filter pickers: provisions grouped by instrument (most cited first), documents by kind,
// kinds with their document counts, years of the documents' dates, matched against what the person types.
import type { DocumentSummary, ProvisionSummary } from '../../shared/core/api/dto.js';
import { describeProvision } from '../../shared/core/citations/keys.js';
import { DOCUMENT_KINDS } from '../../shared/core/model.js';
import { describeDateRange, readDateRange } from '../../shared/core/search/date-filter.js';
import { KIND_LABELS, groupDocuments } from './document-groups.js';

export interface FilterOption {
  value: string;
  label: string;
  /** A count or a second line ("18 citing"). */
  detail?: string;
  /** The group heading it is listed under. */
  group?: string;
}

/** Before anything is typed, each instrument lists its most cited provisions only (typing finds the others). */
export const CITES_PER_INSTRUMENT = 8;

/**
 * Provisions that clauses cite, grouped by instrument; instruments and provisions most cited first. With nothing typed,
 * only each instrument's first CITES_PER_INSTRUMENT, so every instrument shows.
 */
export function citesOptions(provisions: readonly ProvisionSummary[], typed = ''): FilterOption[] {
  const byInstrument = new Map<string, ProvisionSummary[]>();
  for (const p of provisions) {
    if (p.citedBy === 0) continue;
    const list = byInstrument.get(p.instrument) ?? [];
    list.push(p);
    byInstrument.set(p.instrument, list);
  }
  const total = (list: ProvisionSummary[]) => list.reduce((sum, p) => sum + p.citedBy, 0);
  return [...byInstrument]
    .sort(([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b))
    .flatMap(([instrument, list]) =>
      [...list]
        .sort((a, b) => b.citedBy - a.citedBy || a.key.localeCompare(b.key, 'en', { numeric: true }))
        .slice(0, typed.trim() ? undefined : CITES_PER_INSTRUMENT)
        .map((p) => ({
          value: p.key,
          label: p.title && p.title !== p.label ? `${p.label} — ${p.title}` : p.label || describeProvision(p.key),
          detail: `${p.citedBy} citing`,
          group: describeProvision(instrument),
        })),
    );
}

export function documentOptions(documents: readonly DocumentSummary[]): FilterOption[] {
  return groupDocuments([...documents]).flatMap(({ group, documents: docs }) =>
    docs.map((d) => ({ value: d.id, label: d.shortTitle || d.title, detail: d.date ?? undefined, group: group.title })),
  );
}

export function kindOptions(documents: readonly DocumentSummary[]): FilterOption[] {
  return DOCUMENT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k], count: documents.filter((d) => d.kind === k).length }))
    .filter((k) => k.count > 0)
    .map(({ value, label, count }) => ({ value, label, detail: `${count} ${count === 1 ? 'document' : 'documents'}` }));
}

/** The years of the documents' dates, newest first, with a range typed by the person offered first. */
export function dateOptions(documents: readonly DocumentSummary[], typed: string): FilterOption[] {
  const years = new Map<string, number>();
  for (const d of documents) if (d.date) years.set(d.date.slice(0, 4), (years.get(d.date.slice(0, 4)) ?? 0) + 1);
  const options: FilterOption[] = [...years]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([year, count]) => ({ value: year, label: year, detail: `${count} ${count === 1 ? 'document' : 'documents'}` }));
  const range = readDateRange(typed.trim());
  if (range && !years.has(typed.trim())) options.unshift({ value: typed.trim(), label: describeDateRange(range), detail: 'as typed' });
  return options;
}

/** The options matching what is typed (every word, anywhere in the label, value, detail or group). */
export function matchOptions(options: readonly FilterOption[], typed: string): FilterOption[] {
  const words = typed.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  return options.filter((o) => {
    const text = `${o.label} ${o.value} ${o.detail ?? ''} ${o.group ?? ''}`.toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  });
}
