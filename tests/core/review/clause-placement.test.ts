// Placing a review record's clause in today's document, on the shipped IIPA report and Criminal Code: same, moved,
// edited, and the detached cases (not found, ambiguous, missing document).
import { describe, expect, it } from 'vitest';
import { placeClause, placementIndex, type RecordedClause } from '../../../shared/core/review/clause-placement.js';
import { clauseId } from '../../../shared/core/model.js';
import { corpusClauses } from '../annotations/corpus-clauses.js';

const report = corpusClauses('iipa-2017-russia');
const REVIEWED = report.findIndex((c) => c.text.includes('Article 1252(5) of the Civil Code'));

/** The report's clauses renumbered p1, p2… in their order (a user document's positional ids), after `edit`. */
function paragraphs(edit: (texts: string[]) => void = () => {}): { id: string; text: string }[] {
  const texts = report.map((c) => c.text);
  edit(texts);
  return texts.map((text, i) => ({ id: clauseId('memo', `p${i + 1}`), text }));
}

const original = paragraphs();
const recorded: RecordedClause = { clauseId: original[REVIEWED]!.id, text: original[REVIEWED]!.text };

describe('placing a recorded clause', () => {
  it('finds it under its id when nothing changed', () => {
    expect(REVIEWED).toBeGreaterThan(0);
    expect(placeClause(recorded, placementIndex(original))).toEqual({ clauseId: recorded.clauseId, how: 'same' });
  });

  it('follows its text when paragraphs are inserted or removed before it (ids shift)', () => {
    const inserted = paragraphs((t) => t.splice(0, 0, 'A new first paragraph.', 'And a second one.'));
    expect(placeClause(recorded, placementIndex(inserted))).toEqual({ clauseId: `memo/p${REVIEWED + 3}`, how: 'moved' });
    const removed = paragraphs((t) => t.splice(0, 1));
    expect(placeClause(recorded, placementIndex(removed))).toEqual({ clauseId: `memo/p${REVIEWED}`, how: 'moved' });
  });

  it('ignores spacing and quote styles: the same text re-extracted is the same clause', () => {
    const respaced = paragraphs((t) => (t[REVIEWED] = t[REVIEWED]!.replace(/ /g, '  ').replace(/"/g, '“')));
    expect(placeClause(recorded, placementIndex(respaced))).toEqual({ clauseId: recorded.clauseId, how: 'same' });
  });

  it('keeps a reworded paragraph, in place or moved, when it is clearly the most similar', () => {
    const edit = (t: string): string => t.replace('IIPA recommends', 'IIPA again recommends').replace('Civil Code', 'RF Civil Code');
    const inPlace = paragraphs((t) => (t[REVIEWED] = edit(t[REVIEWED]!)));
    expect(placeClause(recorded, placementIndex(inPlace))).toEqual({ clauseId: recorded.clauseId, how: 'edited' });
    const movedAndEdited = paragraphs((t) => {
      t[REVIEWED] = edit(t[REVIEWED]!);
      t.unshift('A new first paragraph.');
    });
    expect(placeClause(recorded, placementIndex(movedAndEdited))).toEqual({ clauseId: `memo/p${REVIEWED + 2}`, how: 'edited' });
  });

  it('detaches a clause whose text is gone, rather than guess a neighbour', () => {
    const replaced = paragraphs((t) => (t[REVIEWED] = 'IIPA has no recommendation on remedies this year.'));
    expect(placeClause(recorded, placementIndex(replaced))).toEqual({ clauseId: null, how: 'not-found' });
    // Split in two: the part holding two thirds of its words is clearly the most similar, a third alone would not be.
    const words = recorded.text.split(' ');
    const cut = Math.floor(words.length / 3);
    const split = paragraphs((t) => t.splice(REVIEWED, 1, words.slice(0, cut).join(' '), words.slice(cut).join(' ')));
    expect(placeClause(recorded, placementIndex(split))).toEqual({ clauseId: `memo/p${REVIEWED + 2}`, how: 'edited' });
    const third = paragraphs((t) => t.splice(REVIEWED, 1, words.slice(0, cut).join(' ')));
    expect(placeClause(recorded, placementIndex(third))).toEqual({ clauseId: null, how: 'not-found' });
  });

  it('detaches a clause whose text now appears twice elsewhere (ambiguous), and says when the document is gone', () => {
    const twice = paragraphs((t) => {
      t.splice(REVIEWED, 1, 'Another paragraph now stands here.');
      t.push(recorded.text, recorded.text);
    });
    expect(placeClause(recorded, placementIndex(twice))).toEqual({ clauseId: null, how: 'ambiguous' });
    expect(placeClause(recorded, null)).toEqual({ clauseId: null, how: 'missing-document' });
  });

  it('a record without a text (made before texts were kept) is found by its id only', () => {
    const shifted = paragraphs((t) => t.unshift('A new first paragraph.'));
    expect(placeClause({ clauseId: recorded.clauseId, text: '' }, placementIndex(shifted))).toEqual({ clauseId: recorded.clauseId, how: 'same' });
    expect(placeClause({ clauseId: 'memo/p9999', text: '' }, placementIndex(shifted))).toEqual({ clauseId: null, how: 'not-found' });
  });

  it('places statute parts among thousands of clauses (Criminal Code art. 146 part 2, text unchanged, id changed)', () => {
    const code = corpusClauses('ru-criminal-code');
    const target = code.find((c) => c.id === 'ru-criminal-code/art146/2')!;
    expect(target.text).toMatch(/крупном размере/);
    const renamed = code.map((c) => (c === target ? { ...c, id: 'ru-criminal-code/art146/2a' } : c));
    expect(placeClause({ clauseId: target.id, text: target.text }, placementIndex(renamed))).toEqual({ clauseId: 'ru-criminal-code/art146/2a', how: 'moved' });
  });

  it('never places a removed short heading or a removed statute part on a look-alike (numbers and length decide)', () => {
    const civil = corpusClauses('ru-civil-code-part4');
    const symbols = civil.find((c) => c.id === 'ru-civil-code-part4/art1231.1/1/1')!;
    expect(symbols.text).toMatch(/^1\) государственные символы и знаки/);
    // Art. 1259(6)(2) reads the same after its number; the old matcher put the record there ("edited").
    expect(civil.some((c) => c.id !== symbols.id && c.text.includes('государственные символы и знаки'))).toBe(true);
    expect(placeClause({ clauseId: symbols.id, text: symbols.text }, placementIndex(civil.filter((c) => c !== symbols)))).toEqual({ clauseId: null, how: 'not-found' });
    const code = corpusClauses('ru-criminal-code');
    const heading = code.find((c) => c.id === 'ru-criminal-code/art2')!;
    expect(heading.text).toBe('Статья 2. Задачи Уголовного кодекса Российской Федерации');
    // Similar to "ГЛАВА 1. ЗАДАЧИ И ПРИНЦИПЫ УГОЛОВНОГО КОДЕКСА РОССИЙСКОЙ ФЕДЕРАЦИИ" by chance (Dice 0.63).
    expect(placeClause({ clauseId: heading.id, text: heading.text }, placementIndex(code.filter((c) => c !== heading)))).toEqual({ clauseId: null, how: 'not-found' });
  });

  it('follows a list item renumbered by an item inserted before it (Civil Code art. 1255(2))', () => {
    const civil = corpusClauses('ru-civil-code-part4');
    const item = /^ru-civil-code-part4\/art1255\/2\/(\d+)$/;
    const authorship = civil.find((c) => c.id === 'ru-civil-code-part4/art1255/2/2')!;
    expect(authorship.text).toBe('2) право авторства;');
    const renumbered = civil.flatMap((c) => {
      const m = item.exec(c.id);
      if (!m) return [c];
      const moved = { id: `ru-civil-code-part4/art1255/2/${Number(m[1]) + 1}`, text: c.text.replace(/^(\d+)\)/, (_, n: string) => `${Number(n) + 1})`) };
      return m[1] === '1' ? [{ id: 'ru-civil-code-part4/art1255/2/1', text: '1) новое право;' }, moved] : [moved];
    });
    expect(placeClause({ clauseId: authorship.id, text: authorship.text }, placementIndex(renumbered))).toEqual({ clauseId: 'ru-civil-code-part4/art1255/2/3', how: 'moved' });
  });
});
