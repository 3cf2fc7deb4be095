import { describe, expect, it } from 'vitest';
import { commonLabelPrefix, shortLabel } from '../../renderer/text/label-prefix.js';

describe('reader labels without the document name', () => {
  it.each([
    [['Action Plan, preamble', 'Action Plan § I.A', 'Action Plan § I.A, item 2(c)'], 'Action Plan', ['preamble', '§ I.A', '§ I.A, item 2(c)']],
    [['Civil Code art. 1229', 'Civil Code art. 1229(1)', 'Civil Code ch. 69'], 'Civil Code ', ['art. 1229', 'art. 1229(1)', 'ch. 69']],
    [['09MOSCOW521 ¶ 1', '09MOSCOW521 ¶ 15', '09MOSCOW521, Summary'], '09MOSCOW521', ['¶ 1', '¶ 15', 'Summary']],
    [['Action Plan § I', 'Actions taken'], '', ['Action Plan § I', 'Actions taken']],
  ])('%j shares %j', (labels, prefix, short) => {
    const found = commonLabelPrefix(labels);
    expect(found.trim()).toBe(prefix.trim());
    expect(labels.map((l) => shortLabel(l, found))).toEqual(short);
  });
});
