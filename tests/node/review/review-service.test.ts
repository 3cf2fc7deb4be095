// Reviewing inferred links on the shipped corpus: verdicts and hand-made links, statuses in traces, clause links and
// provision pages, undo, the review queue, and memo citations through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/core/api/api-error.js';
import { dispatch } from '../../../shared/core/api/dispatch.js';
import type { Explorer } from '../../../shared/node/service/open-explorer.js';
import { cleanupTemp } from '../../helpers/temp-db.js';
import { expectNotInferred, inferredKeys, ISP, openIndexedLibrary, SEIZE, statuses, UNRELATED } from './review-library.js';

let explorer: Explorer;
beforeAll(async () => {
  ({ explorer } = await openIndexedLibrary());
});
afterAll(async () => {
  explorer.close();
  cleanupTemp();
});

describe('verdicts on inferred links', () => {
  it('starts with every link proposed and none new (the first refresh is the baseline)', async () => {
    const trace = await explorer.service.trace({ clause: SEIZE, all: true });
    expect(trace.provisions.length).toBeGreaterThan(2);
    expect(trace.provisions.every((p) => p.status === 'proposed' && p.inferred && !p.isNew)).toBe(true);
    expect((await explorer.service.trace({ clause: SEIZE })).provisions.map((p) => p.key)).toEqual(['ru-civil-code:1252/5']);
  });

  it('confirms and rejects by (clause, provision key): confirmed first even when uncertain, rejected hidden unless all', async () => {
    const s = explorer.service;
    const confirmed = await s.reviewLink({ clause: SEIZE, target: 'ru-criminal-code:146', verdict: 'confirmed', reason: 'Art. 146 covers large-scale piracy' });
    expect(confirmed).toMatchObject({ status: 'confirmed', verdicts: [{ kind: 'concerns', target: 'ru-criminal-code:146', verdict: 'confirmed', reason: 'Art. 146 covers large-scale piracy' }] });
    await s.reviewLink({ clause: SEIZE, target: 'ru-civil-code:1229', verdict: 'rejected', reason: 'too general' });
    const shown = (await s.trace({ clause: SEIZE })).provisions;
    expect(shown.map((p) => [p.key, p.status])).toEqual([
      ['ru-criminal-code:146', 'confirmed'],
      ['ru-civil-code:1252/5', 'proposed'],
    ]);
    expect(shown[0]).toMatchObject({ confident: false, inferred: true, reason: 'Art. 146 covers large-scale piracy' });
    const all = (await s.trace({ clause: SEIZE, all: true })).provisions;
    expect(all.at(-1)).toMatchObject({ key: 'ru-civil-code:1229', status: 'rejected', reason: 'too general' });
    expect(all[0]!.key).toBe('ru-criminal-code:146');
  });

  it('shows the statuses in clause links and provision pages too', async () => {
    const s = explorer.service;
    const links = await s.clauseLinks({ id: SEIZE });
    expect(links[0]).toMatchObject({ kind: 'concerns', key: 'ru-criminal-code:146', status: 'confirmed' });
    expect(links.some((l) => l.key === 'ru-civil-code:1229')).toBe(false);
    expect((await s.clauseLinks({ id: SEIZE, all: true })).find((l) => l.key === 'ru-civil-code:1229')).toMatchObject({ status: 'rejected' });
    const page = await s.getProvision({ key: 'ru-civil-code:1229' });
    expect(page.related.some((r) => r.id === SEIZE)).toBe(false);
    expect((await s.getProvision({ key: 'ru-civil-code:1229', all: true })).related.find((r) => r.id === SEIZE)).toMatchObject({ status: 'rejected' });
    expect((await s.getProvision({ key: 'ru-criminal-code:146' })).related[0]).toMatchObject({ id: SEIZE, status: 'confirmed' });
  });

  it('changes a verdict in place (same record, new modified) and clears it back to proposed', async () => {
    const s = explorer.service;
    const first = (await s.listLinkReviews({ clause: SEIZE })).verdicts.find((v) => v.target === 'ru-civil-code:1229')!;
    const changed = await s.reviewLink({ clause: SEIZE, target: 'ru-civil-code:1229', verdict: 'confirmed' });
    expect(changed.verdicts[0]).toMatchObject({ id: first.id, created: first.created, verdict: 'confirmed', reason: '' });
    const cleared = await s.clearLinkReview({ clause: SEIZE, target: 'ru-civil-code:1229' });
    expect(cleared).toMatchObject({ status: 'proposed', verdicts: [] });
    await s.reviewLink({ clause: SEIZE, target: 'ru-civil-code:1229', verdict: 'rejected', reason: 'too general' });
  });

  it('reviews a quotation by clause id in either direction, and a rejected quotation takes its routes with it', async () => {
    const s = explorer.service;
    const quoting = 'iipa-2017-russia/compliance-existing-obligations-united-states/p4';
    const quoted = 'action-plan-2012/I.A.1.a';
    const before = await statuses(s, quoted);
    const result = await s.reviewLink({ clause: quoted, target: quoting, verdict: 'rejected' });
    expect(result.verdicts).toEqual([expect.objectContaining({ clause: quoting, kind: 'quotes', target: quoted, verdict: 'rejected' })]);
    const link = (await s.clauseLinks({ id: quoted, all: true })).find((l) => l.kind === 'quotes' && l.clause?.id === quoting)!;
    expect(link.status).toBe('rejected');
    expect((await s.clauseLinks({ id: quoted })).some((l) => l.kind === 'quotes' && l.clause?.id === quoting)).toBe(false);
    const after = (await s.trace({ clause: quoted, all: true })).provisions;
    for (const p of after) if (p.status === 'proposed') expect(p.kinds).not.toContain('quotes');
    await s.clearLinkReview({ clause: quoting, target: quoted });
    expect(await statuses(s, quoted)).toEqual(before);
  });

  it('refuses a link the engine does not infer, a clause as kind cites, and unknown clauses', async () => {
    const s = explorer.service;
    await expectNotInferred(s, SEIZE, UNRELATED.key);
    await expect(s.reviewLink({ clause: SEIZE, target: UNRELATED.key, verdict: 'confirmed' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.reviewLink({ clause: 'nope/1', target: 'ru-civil-code:1229', verdict: 'confirmed' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(s.reviewLink({ clause: SEIZE, target: ISP, verdict: 'confirmed', kind: 'cites' })).rejects.toBeInstanceOf(ApiError);
    await expect(dispatch(s, 'reviewLink', { clause: SEIZE, target: 'ru-civil-code:1229', verdict: 'maybe' })).rejects.toMatchObject({ code: 'bad_request' });
  });
});

describe('links made by hand', () => {
  it('adds a link to a provision the engine does not infer (status user, ranked after confirmed) and one to a clause', async () => {
    const s = explorer.service;
    await expectNotInferred(s, ISP, UNRELATED.key);
    const toKey = await s.addUserLink({ clause: ISP, target: UNRELATED.key, note: 'the ISP liability article itself' });
    expect(toKey).toMatchObject({ targetKey: UNRELATED.key, targetClause: null, targetLabel: UNRELATED.label, note: 'the ISP liability article itself' });
    const toClause = await s.addUserLink({ clause: ISP, target: UNRELATED.clause });
    expect(toClause.targetClause).toBe(UNRELATED.clause);
    const trace = (await s.trace({ clause: ISP })).provisions;
    expect(trace.find((p) => p.key === UNRELATED.key)).toMatchObject({ status: 'user', inferred: false, reason: 'the ISP liability article itself', userLinkId: toKey.id });
    // Ranked after the confirmed links (ISP has none yet) and ahead of every proposed one; the link to the statute
    // clause is a link to the provision whose text it holds (part 1 of art. 105), with that clause as its evidence.
    expect(trace.length).toBeGreaterThan(2);
    expect(trace.map((p) => [p.key, p.status])).toEqual([
      [UNRELATED.key, 'user'],
      [`${UNRELATED.key}/1`, 'user'],
      ...trace.slice(2).map((p) => [p.key, 'proposed']),
    ]);
    expect(trace[1]).toMatchObject({ userLinkId: toClause.id, inferred: false, confident: true });
    expect(trace[1]!.evidence.map((e) => e.clause)).toEqual([UNRELATED.clause]);
    const links = await s.clauseLinks({ id: ISP });
    expect(links.find((l) => l.clause?.id === UNRELATED.clause)).toMatchObject({ status: 'user', direction: 'out', userLinkId: toClause.id });
    expect((await s.clauseLinks({ id: UNRELATED.clause })).find((l) => l.clause?.id === ISP)).toMatchObject({ status: 'user', direction: 'in' });
    expect((await s.getProvision({ key: UNRELATED.key })).related.find((r) => r.id === ISP)).toMatchObject({ status: 'user', score: 1 });
    expect(await s.addUserLink({ clause: ISP, target: UNRELATED.key })).toEqual(toKey);
  });

  it('keeps a link to a clause that holds no provision out of the trace, and drops a statute clause link with its link', async () => {
    const s = explorer.service;
    // A paragraph of the IIPA report that cites provisions but is no provision's text: a link between clauses only.
    const iipa = 'iipa-2017-russia/priority-actions-requested-2017/i4.c';
    expect((await s.getClause({ id: iipa })).text).toMatch(/liability privileges in Article 1253/);
    const before = (await s.trace({ clause: SEIZE, all: true })).provisions.map((p) => [p.key, p.status]);
    const toReport = await s.addUserLink({ clause: SEIZE, target: iipa });
    expect((await s.trace({ clause: SEIZE, all: true })).provisions.map((p) => [p.key, p.status])).toEqual(before);
    expect((await s.clauseLinks({ id: SEIZE })).find((l) => l.clause?.id === iipa)).toMatchObject({ status: 'user', userLinkId: toReport.id });
    await s.deleteUserLink({ id: toReport.id });
    // The statute clause's provision leaves the trace with the hand-made link that put it there.
    const toStatute = await s.addUserLink({ clause: SEIZE, target: 'ru-civil-code-part4/art1253.1/3' });
    expect((await s.trace({ clause: SEIZE })).provisions.find((p) => p.key === 'ru-civil-code:1253.1/3')).toMatchObject({ status: 'user', userLinkId: toStatute.id });
    await s.deleteUserLink({ id: toStatute.id });
    expect((await s.trace({ clause: SEIZE, all: true })).provisions.map((p) => [p.key, p.status])).toEqual(before);
  });

  it('marks an inferred link the lawyer also made by hand as user, unless it is confirmed', async () => {
    const s = explorer.service;
    // An inferred link of ISP the lawyer has not reviewed, taken from the live trace (the engine's choice may change).
    const key = (await s.trace({ clause: ISP })).provisions.find((p) => p.status === 'proposed' && p.inferred === true)!.key;
    expect(await inferredKeys(s, ISP)).toContain(key);
    const made = await s.addUserLink({ clause: ISP, target: key, note: 'yes' });
    expect((await s.trace({ clause: ISP })).provisions.find((p) => p.key === key)).toMatchObject({ status: 'user', inferred: true, userLinkId: made.id });
    await s.reviewLink({ clause: ISP, target: key, verdict: 'confirmed' });
    expect((await s.trace({ clause: ISP })).provisions[0]).toMatchObject({ key, status: 'confirmed', inferred: true, userLinkId: made.id });
    await s.clearLinkReview({ clause: ISP, target: key });
    await s.deleteUserLink({ id: made.id });
    expect((await s.trace({ clause: ISP })).provisions.find((p) => p.key === key)).toMatchObject({ status: 'proposed', inferred: true, userLinkId: null });
  });

  it('edits the note and deletes a hand-made link; refuses a clause linked to itself and unknown targets', async () => {
    const s = explorer.service;
    const link = (await s.listLinkReviews({ clause: ISP })).links.find((l) => l.targetClause)!;
    expect((await s.updateUserLink({ id: link.id, note: 'paragraph 1' })).note).toBe('paragraph 1');
    expect(await s.deleteUserLink({ id: link.id })).toEqual({ deleted: true });
    expect(await s.deleteUserLink({ id: link.id })).toEqual({ deleted: false });
    await expect(s.addUserLink({ clause: ISP, target: ISP })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(s.addUserLink({ clause: ISP, target: 'no-such/clause' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes review actions in the journal shared with annotations', async () => {
    const s = explorer.service;
    const before = await statuses(s, SEIZE);
    await s.reviewLink({ clause: SEIZE, target: 'ru-civil-code:1252/5', verdict: 'confirmed', reason: 'art. 1252(5) is the seizure remedy' });
    expect((await s.getHistory({})).undoLabel).toBe('Confirm link Action Plan § I.A, item 2(c) → Civil Code art. 1252(5)');
    const annotation = await s.createAnnotation({ targets: [{ clause: SEIZE, start: 0, end: 4 }], tags: ['remedies'] });
    expect((await s.undo({})).done).toBe('Tag passage “remedies”');
    expect((await s.undo({})).done).toMatch(/^Confirm link/);
    expect(await statuses(s, SEIZE)).toEqual(before);
    expect((await s.redo({})).done).toMatch(/^Confirm link/);
    expect((await statuses(s, SEIZE))['ru-civil-code:1252/5']).toBe('confirmed');
    expect((await s.listAnnotations({ clause: SEIZE })).some((a) => a.id === annotation.id)).toBe(false);
    const link = await s.addUserLink({ clause: SEIZE, target: 'ru-civil-code:1515', note: 'customs' });
    await s.deleteUserLink({ id: link.id });
    expect((await s.undo({})).done).toBe('Delete hand-made link');
    expect((await s.listLinkReviews({ clause: SEIZE })).links).toEqual([link]);
    await s.undo({});
    expect((await s.listLinkReviews({ clause: SEIZE })).links).toEqual([]);
  });
});

describe('the review queue', () => {
  it('lists every commitment of the action plan in order with proposals, and counts the reviewed ones', async () => {
    const s = explorer.service;
    const queue = await s.reviewQueue({});
    const commitments = await s.listCommitments({});
    expect(queue.items.map((i) => i.clause.id)).toEqual(commitments.map((c) => c.id));
    expect(queue.total).toBe(commitments.length);
    expect(queue.sections.map((x) => `${x.label} ${x.title}`)).toEqual(['Action Plan § I.A Enforcement', 'Action Plan § I.B Legislation', 'Action Plan § I.C Other Steps', 'Action Plan § II IPR Working Group Activities']);
    const seize = queue.items.find((i) => i.clause.id === SEIZE)!;
    expect(queue.sections[seize.section!]!.title).toBe('Enforcement');
    expect(seize.proposals[0]!.evidence.length).toBeGreaterThan(0);
    expect(seize.pending).toBe(seize.proposals.filter((p) => p.status === 'proposed').length);
    for (const p of seize.proposals.filter((x) => x.status === 'proposed')) await s.reviewLink({ clause: SEIZE, target: p.key, verdict: 'rejected' });
    const after = await s.reviewQueue({});
    expect(after.items.find((i) => i.clause.id === SEIZE)).toMatchObject({ pending: 0, reviewed: true });
    expect(after.reviewed).toBe(queue.reviewed + 1);
    expect((await s.reviewQueue({ pendingOnly: true })).items.some((i) => i.clause.id === SEIZE)).toBe(false);
  });
});

describe('citations for a memo', () => {
  it('cites clauses and provisions in the form asked or the user setting, statutes with the edition held', async () => {
    const s = explorer.service;
    expect(await s.getCitationSettings({})).toEqual({ citationForm: 'en' });
    expect((await s.citeClause({ ids: ['action-plan-2012/I.A.1.a'] }))[0]!.text).toBe('U.S.-Russia IPR Action Plan § I.A(1)(a) (Dec. 21, 2012)');
    expect((await s.citeProvision({ key: 'ru-civil-code:1253.1/1' })).text).toBe('Civil Code of the Russian Federation art. 1253.1(1) (as amended through June 13, 2023)');
    await s.updateCitationSettings({ citationForm: 'ru' });
    expect((await s.citeProvision({ key: 'ru-civil-code:1253.1/1' })).text).toBe('п. 1 ст. 1253.1 ГК РФ (ред. от 13.06.2023)');
    expect((await s.citeClause({ ids: ['ru-criminal-code/art146/2'] }))[0]!.text).toBe('ч. 2 ст. 146 УК РФ (ред. от 04.08.2023)');
    expect((await s.citeProvision({ key: 'ru-admin-code:7.12', form: 'en' })).text).toBe('Code of Administrative Offences of the Russian Federation art. 7.12');
    await s.updateCitationSettings({ citationForm: 'en' });
    await expect(s.citeClause({ ids: ['nope/1'] })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the provisions index', () => {
  it('counts related commitments without the rejected ones', async () => {
    const s = explorer.service;
    const clause = 'action-plan-2012/I.A.1.g';
    const key = (await s.trace({ clause, all: true })).provisions.find((p) => p.status === 'proposed' && p.inferred === true)!.key; // one the engine infers
    const count = async () => (await s.listProvisions({})).find((p) => p.key === key)!.related;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await s.reviewLink({ clause, target: key, verdict: 'rejected' });
    expect(await count()).toBe(before - 1);
    await s.clearLinkReview({ clause, target: key });
    expect(await count()).toBe(before);
  });
});
