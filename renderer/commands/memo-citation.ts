// Citations for a memo: clauses (one, or a selection of several) and provisions in the form asked (English legal
// form with the date, the Russian form for Russian statutes, the short label; default: the user's setting), followed
// by a link only where one resolves: lextrace:// in the desktop app, none from the web host (its 127.0.0.1 address
// works on one machine only).
import type { CitationForm, FormattedCitation } from '../../shared/core/api/review-dto.js';
import type { AppStore } from '../state/app-store.js';
import { shareableLink } from '../navigation.js';
import { copyText } from './clipboard.js';
import { showToast } from './toast.js';

export type CiteSubject = { clauses: string[] } | { provision: string };

export const FORM_NAMES: Record<CitationForm, string> = {
  en: 'English legal citation',
  ru: 'Russian form (Russian statutes)',
  short: 'Short label',
};

/** Whether the app runs in the desktop shell (its preload exposes the API), where lextrace:// links open Lextrace. */
export function isDesktopApp(): boolean {
  return typeof window !== 'undefined' && window.explorer !== undefined;
}

/** The links that resolve for a subject: lextrace:// deep links in the desktop app, none elsewhere. */
export function resolvableLinks(subject: CiteSubject, desktop = isDesktopApp()): string[] {
  if (!desktop) return [];
  return 'provision' in subject
    ? [shareableLink({ name: 'provision', key: subject.provision })]
    : subject.clauses.map((id) => shareableLink({ name: 'clause', id }));
}

/** The text to paste: the citations joined as a memo strings them ("…; …"), then each link on its own line. */
export function memoText(citations: readonly FormattedCitation[], links: readonly string[]): string {
  return [citations.map((c) => c.text).join('; '), ...links].join('\n');
}

/** The subject's citations in `form` (undefined: the default form), through the API cache. */
export async function fetchCitations(store: AppStore, subject: CiteSubject, form?: CitationForm): Promise<FormattedCitation[]> {
  const withForm = form ? { form } : {};
  if ('provision' in subject) {
    const one = await store.getState().fetchQuery('citeProvision', { key: subject.provision, ...withForm });
    if (one.status === 'error') throw one.error;
    return one.status === 'ready' ? [one.data] : [];
  }
  const many = await store.getState().fetchQuery('citeClause', { ids: subject.clauses, ...withForm });
  if (many.status === 'error') throw many.error;
  return many.status === 'ready' ? many.data : [];
}

/** Copies the subject's citation in `form` (default: the user's form) and says so in a toast. */
export async function copyCitation(store: AppStore, subject: CiteSubject, form?: CitationForm): Promise<void> {
  let citations: FormattedCitation[];
  try {
    citations = await fetchCitations(store, subject, form);
  } catch (err) {
    showToast(`Could not cite it: ${(err as { message?: string }).message ?? 'unknown error'}`);
    return;
  }
  if (!citations.length) {
    showToast('Nothing to cite.');
    return;
  }
  const text = memoText(citations, resolvableLinks(subject));
  const shown = citations.length === 1 ? citations[0]!.text : `${citations.length} citations`;
  showToast((await copyText(text)) ? `Copied: ${shown}` : 'The clipboard is not available here.');
}
