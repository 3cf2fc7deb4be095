// A link's evidence in traces and the review queue: the route a quotation and a citation make together, then one card
// per clause saying what it shows (quotes this commitment, cites the provision, shared terms, glossary pairs) with
// those words marked in its text, the words tying a quoting passage to the citing one, and "from your document".
import type { ReactNode } from 'react';
import type { EvidenceDto } from '../../shared/core/api/dto.js';
import { evidenceView, type EvidenceRole } from '../text/evidence.js';
import { ClauseCard } from './ClauseCard.js';

export const FROM_USER_DOCUMENT_HINT = 'This clause is in a document you imported, not in the shipped corpus: the score changed when you imported it.';

export interface EvidenceListProps {
  evidence: readonly EvidenceDto[];
  /** How the provision is cited ("Working Party Report para. 1339"). */
  provisionLabel: string;
  /** The traced commitment's text, when known: tells which way a quotation goes. */
  commitmentText?: string;
  className?: string;
  /** Before the cards (e.g. the queue's "Evidence in full" toggle). */
  before?: ReactNode;
  onOpen(e: { doc: string; clause: string }, alt: boolean): void;
}

/** Quoted passages longer than this many characters are shortened in the role line (the text marks them in full). */
const QUOTE_CHARS = 90;

function shorten(words: string): string {
  if (words.length <= QUOTE_CHARS) return words;
  const cut = words.lastIndexOf(' ', QUOTE_CHARS);
  return `${words.slice(0, cut > 40 ? cut : QUOTE_CHARS)} …`;
}

function RoleLine({ role }: { role: EvidenceRole }) {
  const quoted = role.kind === 'quotes' || role.kind === 'quoted' || role.kind === 'shares-quote' || role.kind === 'cites';
  return (
    <li className={`evidence-role evidence-role-${role.kind}`}>
      <span className="evidence-role-name">{role.text}</span>
      {role.words.length ? (
        <>
          {': '}
          {quoted ? (
            role.words.map((w, i) => (
              <span key={i}>
                {i ? ', ' : ''}
                <q className="evidence-words">{shorten(w)}</q>
              </span>
            ))
          ) : role.kind === 'glossary' ? (
            role.words.map((w, i) => (
              <span key={i}>
                {i ? ', ' : ''}
                <span className="evidence-words evidence-pair">{w}</span>
              </span>
            ))
          ) : (
            <span className="evidence-words">{role.words.join(', ')}</span>
          )}
        </>
      ) : null}
    </li>
  );
}

export function EvidenceList({ evidence, provisionLabel, commitmentText, className, before, onOpen }: EvidenceListProps) {
  const view = evidenceView(evidence, provisionLabel, commitmentText);
  return (
    <div className={className ?? 'evidence'}>
      {before}
      {view.route ? (
        <p className="evidence-route">
          <span className="evidence-route-name">Quotation and citation: </span>
          {view.route}
        </p>
      ) : null}
      {view.fromUserDocument ? (
        <p className="evidence-user-note">
          <span className="evidence-source">from your document</span> Part of this evidence is in a document you imported, so this score changed
          when you imported it.
        </p>
      ) : null}
      {view.cards.map((card) => (
        <ClauseCard
          key={card.clause}
          id={card.clause}
          label={card.label}
          text={card.text}
          marks={card.marks}
          badge={
            card.fromUserDocument ? (
              <span className="evidence-source" title={FROM_USER_DOCUMENT_HINT}>
                from your document
              </span>
            ) : null
          }
          onOpen={(alt) => onOpen(card, alt)}
        >
          <ul className="plain-list evidence-roles">
            {card.roles.map((r) => (
              <RoleLine key={r.kind} role={r} />
            ))}
            {card.tie ? (
              <li className="evidence-role evidence-role-tie">
                <q className="evidence-words evidence-tie-words">{card.tie.words}</q> takes up {card.tie.citingShort}, which cites {provisionLabel}
              </li>
            ) : null}
          </ul>
        </ClauseCard>
      ))}
    </div>
  );
}
