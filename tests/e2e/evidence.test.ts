// The evidence of a link in Chromium against the real web host: the trace of Action Plan item I.A.1(a) reaches
// Working Party Report para. 1339 through the IIPA report (¶ 4 quotes the commitment and, by "these obligations",
// takes up ¶ 3, which cites paragraph 1339); the ⓘ beside "confident" says what it means, from the keyboard; axe finds
// nothing serious. Screenshot: test-results/screenshots/evidence-trace.png.
import { describe, expect, it } from 'vitest';
import { CONFIDENCE_EXPLANATION } from '../../shared/core/link/confidence.js';
import { useE2eSession } from './session.js';

const session = useE2eSession();
const { shot, axeViolations } = session;

describe('evidence in the browser', () => {
  it('shows how Action Plan I.A.1(a) reaches Working Party Report para. 1339: the quoting passage, the citing one, what confident means', async () => {
    await session.page.goto(`${session.host.url}/trace/action-plan-2012/I.A.1.a`);
    const item = session.page.locator('.trace-item', { hasText: 'Working Party Report para. 1339' });
    await item.waitFor();
    await expect(item.locator('.status-badge').first().textContent()).resolves.toContain('confident');

    // The route in one sentence, then which clause quotes the commitment and which cites the provision.
    await expect(item.locator('.evidence-route').textContent()).resolves.toMatch(
      /¶ 4 quotes this commitment and, by “these obligations”, takes up ¶ 3, which cites Working Party Report para\. 1339\./,
    );
    const quoting = item.locator('.clause-card', { has: session.page.locator('.evidence-role-quotes') });
    const citing = item.locator('.clause-card', { has: session.page.locator('.evidence-role-cites') });
    await expect(quoting.locator('.clause-card-label').textContent()).resolves.toMatch(/¶ 4$/);
    await expect(citing.locator('.clause-card-label').textContent()).resolves.toMatch(/¶ 3$/);
    await expect(quoting.locator('mark.mark-quote').first().textContent()).resolves.toMatch(/^Take measures in order to disrupt/);
    await expect(quoting.locator('mark.mark-tie').textContent()).resolves.toBe('these obligations');
    await expect(citing.locator('.evidence-role-cites').textContent()).resolves.toBe('Cites Working Party Report para. 1339: paragraph 1339');
    await expect(citing.locator('mark.mark-cited').textContent()).resolves.toBe('paragraph 1339');
    await expect(item.locator('.evidence-source').count()).resolves.toBe(0);

    // The ⓘ beside "confident": described by the sentence, shown on Enter, hidden by Escape.
    const info = item.getByRole('button', { name: 'What confident means' });
    const described = await info.getAttribute('aria-describedby');
    await expect(session.page.locator(`[id="${described}"]`).textContent()).resolves.toBe(CONFIDENCE_EXPLANATION);
    await info.focus();
    await session.page.keyboard.press('Enter');
    const shown = item.locator('.confidence-explanation');
    await shown.waitFor();
    await expect(shown.isVisible()).resolves.toBe(true);
    await shot('evidence-trace');
    await expect(axeViolations()).resolves.toEqual([]);
    await session.page.keyboard.press('Escape');
    await expect(item.locator('.confidence-explanation').count()).resolves.toBe(0);
    await expect(axeViolations()).resolves.toEqual([]);
  });

  it('shows the glossary pairs that tie the ISP commitment to Civil Code art. 1253.1', async () => {
    await session.page.goto(`${session.host.url}/trace/action-plan-2012/I.B.1`);
    const item = session.page.locator('.trace-item', { hasText: 'Civil Code art. 1253.1' });
    await item.waitFor();
    const article = item.locator('.clause-card', { has: session.page.locator('.evidence-role-glossary') });
    await expect(article.locator('.evidence-role-glossary').textContent()).resolves.toMatch(/ISP ↔ посредника/);
    await expect(article.locator('mark.mark-term').allTextContents()).resolves.toContain('посредника');
    await shot('evidence-glossary');
    await expect(axeViolations()).resolves.toEqual([]);
  });
});
