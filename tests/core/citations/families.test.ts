// The family registry: extraction iterates it, and every family has its own table test with a row for each form it claims.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCitations, FAMILIES, familiesOf } from '../../../shared/core/citations/index.js';

describe('citation families', () => {
  it('have unique ids, a language, and a table test named after the family', () => {
    const ids = FAMILIES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FAMILIES) {
      expect(['en', 'ru']).toContain(f.lang);
      expect(existsSync(new URL(`./${f.id}.test.ts`, import.meta.url)), `tests/core/citations/${f.id}.test.ts`).toBe(true);
    }
  });

  it('each find something in a text of their language, and extraction runs them all', () => {
    const text = { en: 'Article 1252(5) of the Civil Code; paragraph 1339 of the Working Party Report; Federal Law No. 187-FZ of 2 July 2013; EEC Board Decision No. 35 of 6 March 2018', ru: 'п. 5 ст. 1252 ГК РФ; пункт 1339 Доклада Рабочей группы; Закон № 187-ФЗ; Решение Коллегии ЕЭК от 06.03.2018 № 35' };
    for (const lang of ['en', 'ru'] as const) {
      for (const f of familiesOf(lang)) {
        const found = f.find(text[lang]);
        expect((found.references?.length ?? 0) + (found.mentions?.length ?? 0), f.id).toBeGreaterThan(0);
      }
      expect(extractCitations(text[lang], { lang }).map((c) => c.key)).toEqual(
        expect.arrayContaining(['ru-civil-code:1252/5', 'wto-wpr-rus:1339', 'ru-fl-187-fz-2013', 'eec-board-decision-35-2018']),
      );
    }
  });
});
