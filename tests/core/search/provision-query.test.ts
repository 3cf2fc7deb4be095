import { describe, expect, it } from 'vitest';
import { readProvisionFilter, readProvisionQuery } from '../../../shared/core/search/index.js';

describe('provision queries', () => {
  it.each([
    ['Article 1229', { article: '1229' }],
    ['art. 1252(5)', { article: '1252', part: '5' }],
    ['ст. 1252', { article: '1252' }],
    ['ч. 2 ст. 146', { article: '146', part: '2' }],
    ['ст. 146 УК', { instrument: 'ru-criminal-code', article: '146' }],
    ['ст. 146 УК РФ', { instrument: 'ru-criminal-code', article: '146' }],
    ['Civil Code 1229', { instrument: 'ru-civil-code', article: '1229' }],
    ['Article 1229 of the Civil Code', { instrument: 'ru-civil-code', article: '1229' }],
    ['Civil Code art. 1252(5)', { instrument: 'ru-civil-code', article: '1252', part: '5' }],
    ['статья 1229 ГК РФ', { instrument: 'ru-civil-code', article: '1229' }],
    ['Article 7.12', { article: '7.12' }],
    ['Working Party Report paragraph 1339', { instrument: 'wto-wpr-rus', article: '1339' }],
    ['Working Party Report para. 1339', { instrument: 'wto-wpr-rus', article: '1339' }],
    ['WPR para. 1339', { instrument: 'wto-wpr-rus', article: '1339' }],
    ['WPR ¶ 1339', { instrument: 'wto-wpr-rus', article: '1339' }],
  ])('%s names %o', (query, provision) => {
    expect(readProvisionQuery(query)).toEqual(provision);
  });

  it.each(['piracy', 'camcording 2016', 'Article', 'exclusive right 1229 films', 'Article 1229 piracy'])('%s is not a provision', (query) => {
    expect(readProvisionQuery(query)).toBeNull();
  });

  it('reads cites: values as keys or citations', () => {
    expect(readProvisionFilter('ru-civil-code:1252/5')).toEqual({ instrument: 'ru-civil-code', article: '1252', part: '5' });
    expect(readProvisionFilter('Article 1229 of the Civil Code')).toEqual({ instrument: 'ru-civil-code', article: '1229' });
    expect(readProvisionFilter('nonsense')).toBeNull();
  });
});
