// Tests for describeRange and wholeClauseRange on real corpus text: exact quote, context across clauses, positions, errors.
import { describe, expect, it } from 'vitest';
import { CLAUSE_SEPARATOR } from '../../../shared/core/annotations/document-text.js';
import { describeRange, wholeClauseRange } from '../../../shared/core/annotations/selectors.js';
import { QUOTE_CONTEXT_CHARS } from '../../../shared/core/annotations/types.js';
import { clauseById, corpusText } from './corpus-clauses.js';

const plan = corpusText('action-plan-2012');
const criminal = corpusText('ru-criminal-code');

describe('describeRange', () => {
  const cases: { name: string; doc: typeof plan; docId: string; clause: string; phrase: string; exact: string; prefix: string; suffix: string }[] = [
    {
      name: 'a range inside a clause keeps 32 characters either side',
      doc: plan,
      docId: 'action-plan-2012',
      clause: 'action-plan-2012/I.A.1.b',
      phrase: 'intellectual property crimes',
      exact: 'intellectual property crimes',
      prefix: 'ators of websites through which ',
      suffix: ` are committed;${CLAUSE_SEPARATOR}Conduct meaning`,
    },
    {
      name: 'a range at a clause start takes its prefix across the separator from the clause before',
      doc: plan,
      docId: 'action-plan-2012',
      clause: 'action-plan-2012/I.A.2.c',
      phrase: 'Seize and destroy goods',
      exact: 'Seize and destroy goods',
      prefix: ` intellectual property rights;${CLAUSE_SEPARATOR}`,
      suffix: ' that violate intellectual prope',
    },
    {
      name: 'a range at the document start has no prefix',
      doc: plan,
      docId: 'action-plan-2012',
      clause: 'action-plan-2012/title',
      phrase: 'United States',
      exact: 'United States',
      prefix: '',
      suffix: '-Russian Federation Intellectual',
    },
    {
      name: 'a range at the document end has no suffix',
      doc: plan,
      docId: 'action-plan-2012',
      clause: 'action-plan-2012/II.2',
      phrase: 'on specific issues.',
      exact: 'on specific issues.',
      prefix: 'ateral digital video conference ',
      suffix: '',
    },
    {
      name: 'Cyrillic text in a statute part',
      doc: criminal,
      docId: 'ru-criminal-code',
      clause: 'ru-criminal-code/art105/1',
      phrase: 'Убийство, то есть умышленное причинение смерти другому человеку',
      exact: 'Убийство, то есть умышленное причинение смерти другому человеку',
      prefix: `РОВЬЯ${CLAUSE_SEPARATOR}Статья 105. Убийство${CLAUSE_SEPARATOR}1. `,
      suffix: ', -\nнаказывается лишением свобод',
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const clause = clauseById(c.doc.clauses, c.clause);
      const start = clause.text.indexOf(c.phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      const target = describeRange(c.doc, c.docId, 'hash-1', c.clause, start, start + c.phrase.length);
      const docStart = c.doc.starts[c.doc.clauses.indexOf(clause)]! + start;
      expect(target.docId).toBe(c.docId);
      expect(target.docHash).toBe('hash-1');
      expect(target.clauseId).toBe(c.clause);
      expect(target.quote.type).toBe('TextQuoteSelector');
      expect(target.quote.exact).toBe(c.exact);
      expect(target.quote.prefix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
      expect(target.quote.suffix.length).toBeLessThanOrEqual(QUOTE_CONTEXT_CHARS);
      expect(target.quote.prefix).toBe(c.prefix);
      expect(target.quote.suffix).toBe(c.suffix);
      expect(target.quote.prefix.length).toBe(Math.min(QUOTE_CONTEXT_CHARS, docStart));
      expect(target.clause).toEqual({ type: 'TextPositionSelector', start, end: start + c.phrase.length });
      expect(target.document).toEqual({ type: 'TextPositionSelector', start: docStart, end: docStart + c.phrase.length });
      expect(c.doc.text.slice(target.document.start, target.document.end)).toBe(c.exact);
      expect(c.doc.text.slice(target.document.start - target.quote.prefix.length, target.document.end + target.quote.suffix.length)).toBe(
        target.quote.prefix + target.quote.exact + target.quote.suffix,
      );
    });
  }

  const bad: { name: string; clause: string; start: number; end: number; message: RegExp }[] = [
    { name: 'an unknown clause', clause: 'action-plan-2012/IX.9', start: 0, end: 3, message: /clause action-plan-2012\/IX\.9: it is not in document action-plan-2012/ },
    { name: 'an empty range', clause: 'action-plan-2012/I.A', start: 2, end: 2, message: /non-empty part/ },
    { name: 'a reversed range', clause: 'action-plan-2012/I.A', start: 5, end: 2, message: /\[5, 2\)/ },
    { name: 'a negative start', clause: 'action-plan-2012/I.A', start: -1, end: 2, message: /\[-1, 2\)/ },
    { name: 'an end past the clause', clause: 'action-plan-2012/I.A', start: 0, end: 15, message: /has 14 characters/ },
    { name: 'a fractional offset', clause: 'action-plan-2012/I.A', start: 0.5, end: 3, message: /\[0\.5, 3\)/ },
  ];
  for (const b of bad) {
    it(`throws a clear error for ${b.name}`, () => {
      expect(() => describeRange(plan, 'action-plan-2012', 'h', b.clause, b.start, b.end)).toThrow(b.message);
    });
  }
});

describe('wholeClauseRange', () => {
  it('selects the whole clause text with its neighbours as context', () => {
    const target = wholeClauseRange(plan, 'action-plan-2012', 'h', 'action-plan-2012/I.A');
    expect(target.quote.exact).toBe('A. Enforcement');
    expect(target.clause).toEqual({ type: 'TextPositionSelector', start: 0, end: 14 });
    expect(target.quote.prefix).toBe(`f Intellectual Property Rights${CLAUSE_SEPARATOR}`);
    expect(target.quote.suffix).toBe(`${CLAUSE_SEPARATOR}Piracy over the Internet is a `);
    expect(target.document.start).toBe(plan.starts[3]);
  });

  it('throws for an unknown clause', () => {
    expect(() => wholeClauseRange(plan, 'action-plan-2012', 'h', 'action-plan-2012/nope')).toThrow(/not in document/);
  });
});
