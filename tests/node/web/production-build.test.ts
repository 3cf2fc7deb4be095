// The production build ships no source maps (and the hosts refuse to serve one: see the static-file tests).
import { describe, expect, it } from 'vitest';
import config from '../../../renderer/vite.config.js';

describe('renderer build', () => {
  it('writes no source maps', () => {
    expect(config.build?.sourcemap).toBe(false);
  });
});
