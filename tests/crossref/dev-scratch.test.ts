import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { extractCitations } from '../../shared/core/citations/index.js';
import { computeLinks, isCommitment, type LinkClause } from '../../shared/core/link/index.js';
import { rankConcerns } from '../../shared/core/link/concerns.js';
import { concernModel } from '../../shared/core/link/compute-links.js';
import { findQuotations } from '../../shared/core/link/quotations.js';
import { corpusLinkClauses } from './corpus-clauses.js';
import type { DocumentKind } from '../../shared/core/model.js';

const docs: [string, string, DocumentKind, string][] = [
  ['action-plan-2012', 'us-russia-ipr-action-plan-2012.txt', 'action-plan', '2012-12-21'],
  ['iipa-2017-russia', 'iipa-2017-special-301-russia.txt', 'report', '2017-02-09'],
  ['cable', 'cable-09moscow521-special-301-review-2009.txt', 'cable', '2009-03-04'],
  ['press', 'ustr-press-release-ipr-action-plan-2012.txt', 'press-release', '2012-12-26'],
  ['article', 'article-belarus-russia-ip-agreement-2025.txt', 'article', '2025-08'],
];

function crude(docId: string, text: string, docKind: DocumentKind, date: string): LinkClause[] {
  const out: LinkClause[] = [];
  let cur: { kind: LinkClause['kind']; lines: string[] } | undefined;
  const flush = () => {
    if (cur && cur.lines.join(' ').trim()) {
      const t = cur.lines.join('\n').trim();
      out.push({ id: `${docId}/p${out.length}`, docId, docKind, kind: cur.kind, lang: 'en', label: '', text: t, path: `p${out.length}`, citations: extractCitations(t, { lang: 'en' }), docDate: date });
    }
    cur = undefined;
  };
  for (const line of text.split('\n')) {
    if (docKind === 'action-plan' && line.startsWith('\uF0B7')) { flush(); cur = { kind: 'item', lines: [line.slice(1)] }; continue; }
    if (docKind === 'action-plan' && line.startsWith('o ')) { flush(); cur = { kind: 'subitem', lines: [line.slice(2)] }; continue; }
    if (docKind === 'action-plan' && /^[A-Z]\. |^I+\. |Steps:$/.test(line)) { flush(); cur = { kind: 'heading', lines: [line] }; flush(); continue; }
    if (/^\s*•/.test(line)) { flush(); cur = { kind: 'item', lines: [line.replace(/^\s*•/, '')] }; continue; }
    if (!line.trim()) { flush(); continue; }
    if (!cur) cur = { kind: 'paragraph', lines: [] };
    cur.lines.push(line);
  }
  flush();
  return out;
}

it('dev table', () => {
  const clauses = process.env.CRUDE ? docs.flatMap(([id, f, k, d]) => crude(id, readFileSync(`corpus/documents/${f}`, 'utf8').replace(/\n {20,}\n[\s\S]*?\n(?= [a-z])/g, ' '), k, d)) : corpusLinkClauses();
  const t0 = performance.now();
  const links = computeLinks(clauses);
  console.log('ms', performance.now() - t0, 'clauses', clauses.length, 'links', links.length);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  for (const l of links.filter((x) => x.kind === 'quotes')) console.log('QUOTE', l.from, '->', l.toClause, l.score, l.confident, JSON.stringify(l.quoted));
  const model = concernModel(clauses, 'en', (c) => !isCommitment(c));
  const qs = findQuotations(clauses);
  for (const c of clauses.filter(isCommitment)) {
    console.log('\n##', c.text.replace(/\s+/g, ' ').slice(0, 90));
    for (const k of rankConcerns(c, model, qs).slice(0, 6)) {
      const d = k.details;
      console.log(`   ${k.confident ? '*' : ' '} ${k.key} ${k.score.toFixed(2)} E=${d?.evidence.toFixed(2)} kt=${d?.keyTerms} cc=${d?.corroborating} m=${d?.margin.toFixed(2)} ${k.evidence.slice(0, 3).map((e) => `${e.clause}:${e.terms.join(',')}`).join(' | ')}`);
    }
  }
  void byId;
});
it('dev stats', () => {
  const clauses = docs.flatMap(([id, f, k, d]) => crude(id, readFileSync(`corpus/documents/${f}`, 'utf8').replace(/\n {20,}\n[\s\S]*?\n(?= [a-z])/g, ' '), k, d));
  const model = concernModel(clauses, 'en', (c) => !isCommitment(c));
  for (const s of ['camcord', 'circumvent', 'technolog', 'measur', 'protect', 'isp', 'liabil', 'servic', 'administr', 'penalti', 'deterr', 'level', 'equip', 'materi', 'seizur', 'seiz', 'destruct', 'share', 'report', 'server', 'locat', 'natur', 'person', 'wto', 'piraci', 'enforc', 'russian', 'feder', 'work', 'under', 'good', 'violat', 'unauthor', 'destroi', 'ipr'])
    console.log(s.padEnd(12), model.stats.rarity(s).toFixed(2), model.stats.specificity(s).toFixed(2), (model.stats.rarity(s) * model.stats.specificity(s)).toFixed(2));
  console.log(model.profiles.map((p) => `${p.key}:${p.contexts.length}`).join(' '));
});
