// zod never probes `new Function` once shared/core/zod-config.ts is loaded (the CSP reports the probe as a violation).
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => vi.restoreAllMocks());

describe('zod configuration', () => {
  it('builds and parses object schemas without ever calling the Function constructor', async () => {
    const probe = vi.spyOn(globalThis, 'Function');
    const { z } = await import('../../shared/core/zod-config.js');
    const schema = z.object({ id: z.string().min(1), all: z.boolean().optional(), tags: z.array(z.string()) }).strict();
    for (let i = 0; i < 50; i++) expect(schema.parse({ id: `c${i}`, tags: ['a'] })).toEqual({ id: `c${i}`, tags: ['a'] });
    expect(() => schema.parse({ id: '' , tags: [] })).toThrow();
    expect(probe).not.toHaveBeenCalled();
    expect(z.config().jitless).toBe(true);
  });
});
