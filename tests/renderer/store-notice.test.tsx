// The notice on the state of the links: nothing while they are current; a status while they are being updated; an
// alert with what to do when they could not be updated.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { StoreNoticeView } from '../../renderer/components/StoreNotice.js';

describe('the store notice', () => {
  it('says nothing while the links are current', () => {
    expect(renderToStaticMarkup(<StoreNoticeView status={null} />)).toBe('');
    expect(renderToStaticMarkup(<StoreNoticeView status={{ links: 'current', message: 'The links are up to date.', retrying: false }} />)).toBe('');
  });

  it('is a quiet status while they are being updated, and an alert with what to do when they could not be', () => {
    const updating = renderToStaticMarkup(<StoreNoticeView status={{ links: 'updating', message: 'The links are being updated.', retrying: true }} />);
    expect(updating).toContain('role="status"');
    expect(updating).toContain('The links are being updated.');
    const message = 'The links could not be updated: attempt 3 of 3 failed: boom. Run "lextrace refresh" to try again.';
    const failed = renderToStaticMarkup(<StoreNoticeView status={{ links: 'failed', message, retrying: false }} onDismiss={() => {}} />);
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('notice-error');
    expect(failed).toContain('lextrace refresh');
    expect(failed).toContain('>Dismiss</button>');
  });
});
