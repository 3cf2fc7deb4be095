// "Copy citation" with its forms: the button copies the default form (Settings), the arrow opens the forms with a
// preview of each (English legal citation with the date, the Russian form for Russian statutes, the short label).
import { useEffect, useId, useRef, useState } from 'react';
import type { CitationForm, FormattedCitation } from '../../shared/core/api/review-dto.js';
import { CITATION_FORMS } from '../../shared/core/cite/legal-citation.js';
import { useAppStore } from '../state/store-context.js';
import { useQueryData } from '../state/use-query.js';
import { copyCitation, fetchCitations, FORM_NAMES, type CiteSubject } from '../commands/memo-citation.js';
import '../styles/review.css';

export interface CopyCitationButtonProps {
  /** What to cite; a function is asked at click time (a text selection may change). */
  subject: CiteSubject | (() => CiteSubject | null);
  label?: string;
  className?: string;
}

export function CopyCitationButton({ subject, label = 'Copy citation', className = 'button button-small' }: CopyCitationButtonProps) {
  const store = useAppStore();
  const [open, setOpen] = useState(false);
  const [previews, setPreviews] = useState<Partial<Record<CitationForm, FormattedCitation[] | string>>>({});
  const settings = useQueryData('getCitationSettings', open ? {} : null);
  const menuId = useId();
  const wrapRef = useRef<HTMLSpanElement>(null);
  const resolve = () => (typeof subject === 'function' ? subject() : subject);

  useEffect(() => {
    if (!open) return;
    const target = resolve();
    if (!target) return;
    let live = true;
    for (const form of CITATION_FORMS) {
      fetchCitations(store, target, form).then(
        (list) => live && setPreviews((p) => ({ ...p, [form]: list })),
        (err: { message?: string }) => live && setPreviews((p) => ({ ...p, [form]: err.message ?? 'Could not cite it.' })),
      );
    }
    const close = (event: MouseEvent) => {
      if (!wrapRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => {
      live = false;
      document.removeEventListener('mousedown', close);
    };
    // Fetched each time the menu opens.
  }, [open]);

  const copy = (form?: CitationForm) => {
    const target = resolve();
    setOpen(false);
    if (target) void copyCitation(store, target, form);
  };

  return (
    <span className="split-button" ref={wrapRef} onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), setOpen(false))}>
      <button type="button" className={`${className} split-main`} onMouseDown={(e) => e.preventDefault()} onClick={() => copy()}>
        {label}
      </button>
      <button
        type="button"
        className={`${className} split-arrow`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label="Citation forms"
        title="Citation forms"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => setOpen(!open)}
      >
        ▾
      </button>
      {open ? (
        <ul className="menu-list citation-menu" role="menu" id={menuId}>
          {CITATION_FORMS.map((form) => {
            const preview = previews[form];
            return (
              <li key={form} role="none">
                <button
                  type="button"
                  role="menuitem"
                  className="menu-item citation-form"
                  // The first form takes the focus, so arrow-less keyboard users can Tab through the forms.
                  autoFocus={form === CITATION_FORMS[0]}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => copy(form)}
                >
                  <span className="citation-form-name">
                    {FORM_NAMES[form]}
                    {settings?.citationForm === form ? <span className="status-badge status-new">default</span> : null}
                  </span>
                  <span className="citation-preview">
                    {preview === undefined ? '…' : typeof preview === 'string' ? preview : preview.map((c) => c.text).join('; ')}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </span>
  );
}
