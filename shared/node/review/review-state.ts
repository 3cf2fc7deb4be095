// The user's review records in force (placed in today's clauses) and the derived "new" marks for a set of clauses, loaded once and looked up by link identity.
import type { Database } from 'better-sqlite3';
import type { LinkKind } from '../../core/api/dto.js';
import { identityKey, newLinkIdentities } from '../store/link-sightings.js';
import { UserLinkRepository, type PlacedUserLink } from '../store/user/user-link-repository.js';
import { VerdictRepository, type PlacedVerdict } from '../store/user/verdict-repository.js';

export class ReviewState {
  private readonly byIdentity = new Map<string, PlacedVerdict>();
  private readonly verdictsByFrom = new Map<string, PlacedVerdict[]>();
  private readonly linksByFrom = new Map<string, PlacedUserLink[]>();

  constructor(
    readonly verdicts: readonly PlacedVerdict[],
    readonly userLinks: readonly PlacedUserLink[],
    private readonly fresh: ReadonlySet<string>,
  ) {
    for (const v of verdicts) {
      this.byIdentity.set(identityKey(v.fromClause, v.kind, v.target), v);
      push(this.verdictsByFrom, v.fromClause, v);
    }
    for (const l of userLinks) push(this.linksByFrom, l.fromClause, l);
  }

  /** The records touching these clauses (links from them, or to them as clauses); every record when `clauseIds` is omitted. */
  static load(db: Database, clauseIds?: readonly string[]): ReviewState {
    const verdicts = new VerdictRepository(db);
    const links = new UserLinkRepository(db);
    return clauseIds
      ? new ReviewState(verdicts.touching(clauseIds), links.touching(clauseIds), newLinkIdentities(db, clauseIds))
      : new ReviewState(verdicts.all(), links.all(), newLinkIdentities(db));
  }

  verdict(from: string, kind: LinkKind, target: string): PlacedVerdict | undefined {
    return this.byIdentity.get(identityKey(from, kind, target));
  }

  rejected(from: string, kind: LinkKind, target: string): boolean {
    return this.verdict(from, kind, target)?.verdict === 'rejected';
  }

  /** First proposed after the store's first refresh. */
  isNew(from: string, kind: LinkKind, target: string): boolean {
    return this.fresh.has(identityKey(from, kind, target));
  }

  verdictsFrom(clauseId: string): PlacedVerdict[] {
    return this.verdictsByFrom.get(clauseId) ?? [];
  }

  linksFrom(clauseId: string): PlacedUserLink[] {
    return this.linksByFrom.get(clauseId) ?? [];
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
