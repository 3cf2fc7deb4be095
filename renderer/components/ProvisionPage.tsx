// A provision: its key, instrument and title (with "Copy citation" in its forms), the official text, the clauses citing
// it (and their annotations), related commitments with their review status and controls.
import type { ClauseSummary, ProvisionDetail } from '../../shared/core/api/dto.js';
import { useApp } from '../state/store-context.js';
import { useQuery, useQueryData } from '../state/use-query.js';
import { formatScore } from '../text/format-score.js';
import { ClauseCard } from './ClauseCard.js';
import { ViewLink } from './AppLink.js';
import { ErrorNotice, Loading } from './StatusNotice.js';
import { ProvisionAnnotations } from './ProvisionAnnotations.js';
import { CopyCitationButton } from './CopyCitationButton.js';
import { LinkReview } from './LinkReview.js';

export function ProvisionPage({ provisionKey }: { provisionKey: string }) {
  const showRejected = useApp((s) => s.showRejected);
  const detail = useQuery('getProvision', showRejected ? { key: provisionKey, all: true } : { key: provisionKey });
  if (!detail || detail.status === 'loading') return <Loading what="the provision" />;
  if (detail.status === 'error') {
    return (
      <div className="page">
        <h1 className="page-title mono">{provisionKey}</h1>
        <ErrorNotice error={detail.error} what="this provision" />
      </div>
    );
  }
  return <ProvisionContent p={detail.data} />;
}

function ProvisionContent({ p }: { p: ProvisionDetail }) {
  const documents = useQueryData('listDocuments', {});
  const openView = useApp((s) => s.openView);
  const openDialog = useApp((s) => s.openDialog);
  const showRejected = useApp((s) => s.showRejected);
  const setShowRejected = useApp((s) => s.setShowRejected);
  const docTitle = (id: string) => documents?.find((d) => d.id === id)?.title ?? id;
  /** Beside the provision; Alt: in its place. */
  const openClause = (c: ClauseSummary, alt: boolean) => openView({ type: 'doc', doc: c.doc, clause: c.id }, alt ? 'active' : 'other');
  const citedByDoc = groupByDoc(p.citedBy);

  return (
    <div className="page provision-page">
      <header className="page-header">
        <div className="eyebrow">
          {p.instrumentName || p.instrument} · <span className="mono">{p.key}</span>
        </div>
        <h1 className="page-title">{p.label || p.key}</h1>
        {p.title && p.title !== p.label ? <p className="page-subtitle">{p.title}</p> : null}
        <div className="page-header-tools">
          <CopyCitationButton subject={{ provision: p.key }} />
        </div>
      </header>

      <section className="page-section" aria-labelledby="official-text">
        <h2 className="section-title" id="official-text">
          Official text
        </h2>
        {p.text.length === 0 ? (
          <p className="notice notice-quiet">The statute is not in the corpus, so its text cannot be shown.</p>
        ) : (
          <div className="official-text">
            {p.text.map((c) => (
              <ClauseCard key={c.id} id={c.id} label={c.label} text={c.text} onOpen={(alt) => openClause(c, alt)} />
            ))}
          </div>
        )}
      </section>

      <section className="page-section" aria-labelledby="cited-by">
        <div className="section-head">
          <h2 className="section-title" id="cited-by">
            Cited by {p.citedBy.length} {p.citedBy.length === 1 ? 'clause' : 'clauses'}
          </h2>
          {p.citedBy.length ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => openDialog({ kind: 'bulk', scope: { provision: p.key }, title: `Tag every clause citing ${p.label || p.key}` })}
            >
              Tag every clause citing this provision…
            </button>
          ) : null}
        </div>
        {citedByDoc.map(([doc, clauses]) => (
          <div key={doc} className="cite-group">
            <h3 className="cite-group-title">
              <ViewLink view={{ type: 'doc', doc, clause: null }} target="other">
                {docTitle(doc)}
              </ViewLink>
            </h3>
            {clauses.map((c) => (
              <ClauseCard key={c.id} id={c.id} label={c.label} text={c.text} onOpen={(alt) => openClause(c, alt)} />
            ))}
          </div>
        ))}
        {p.citedBy.length === 0 ? <p className="notice notice-quiet">No clause cites it explicitly.</p> : null}
      </section>

      <ProvisionAnnotations provisionKey={p.key} />

      <section className="page-section" aria-labelledby="related">
        <div className="section-head">
          <h2 className="section-title" id="related">
            Related commitments
          </h2>
          <label className="switch">
            <input type="checkbox" checked={showRejected} onChange={(e) => setShowRejected(e.target.checked)} />
            Show rejected
          </label>
        </div>
        {p.related.length === 0 ? <p className="notice notice-quiet">No commitment is linked to this provision.</p> : null}
        {p.related.map((c) => (
          <div key={c.id} className="related-item">
            <ClauseCard
              id={c.id}
              label={c.label}
              text={c.text}
              meta={c.inferred === false ? undefined : formatScore(c.score)}
              onOpen={(alt) => openView({ type: 'trace', clause: c.id, focus: p.key }, alt ? 'active' : 'other')}
            />
            <LinkReview link={c} ref_={{ clause: c.id, target: p.key, label: c.label }} compact />
          </div>
        ))}
      </section>
    </div>
  );
}

function groupByDoc(clauses: ClauseSummary[]): [string, ClauseSummary[]][] {
  const map = new Map<string, ClauseSummary[]>();
  for (const c of clauses) {
    if (!map.has(c.doc)) map.set(c.doc, []);
    map.get(c.doc)!.push(c);
  }
  return [...map];
}
