// Citations for a memo over the store: clauses and provisions in the user's citation form, statutes with the
// edition date of the text the corpus holds.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../core/api/api-error.js';
import { CITATION_FORMS, citeClause, citeProvision, type CitationForm, type FormattedCitation } from '../../core/cite/legal-citation.js';
import { parseProvisionKey } from '../../core/citations/index.js';
import { DocumentStore, type DocumentRecord } from '../store/document-store.js';
import { LinkRepository } from '../store/link-repository.js';
import { SettingsRepository } from '../store/user/settings-repository.js';

const SETTING = 'citationForm';

export class MemoCitations {
  private readonly store: DocumentStore;
  private readonly settings: SettingsRepository;
  private readonly links: LinkRepository;
  private readonly docs = new Map<string, DocumentRecord | undefined>();

  constructor(private readonly db: Database) {
    this.store = new DocumentStore(db);
    this.settings = new SettingsRepository(db);
    this.links = new LinkRepository(db);
  }

  /** The user's citation form (default: en). */
  form(): CitationForm {
    const saved = this.settings.get(SETTING);
    return (CITATION_FORMS as readonly string[]).includes(saved ?? '') ? (saved as CitationForm) : 'en';
  }

  setForm(form: CitationForm, now: string): void {
    this.db.transaction(() => this.settings.set(SETTING, form, now))();
  }

  clauses(ids: readonly string[], form: CitationForm = this.form()): FormattedCitation[] {
    const found = new Map(this.store.getClauses(ids).map((c) => [c.id, c]));
    return ids.map((id) => {
      const clause = found.get(id);
      if (!clause) throw new ApiError('not_found', `no clause with id "${id}"`);
      return citeClause(clause, this.document(clause.docId)!, form);
    });
  }

  provision(key: string, form: CitationForm = this.form()): FormattedCitation {
    const parsed = parseProvisionKey(key);
    if (!parsed) throw new ApiError('bad_request', `"${key}" is not a provision key (expected e.g. ru-civil-code:1229)`);
    return citeProvision(key, form, this.edition(parsed.instrument));
  }

  /** The date of the statute text held for an instrument (the manifest's date of the edition), or null. */
  edition(instrument: string): string | null {
    return this.links.statuteEdition(instrument);
  }

  private document(id: string): DocumentRecord | undefined {
    if (!this.docs.has(id)) this.docs.set(id, this.store.getDocument(id));
    return this.docs.get(id);
  }
}
