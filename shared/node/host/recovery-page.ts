// The page a host shows in place of the app when the store cannot be opened: the store, what is wrong, and the newest
// backup next to it with the exact command that restores it. Static HTML: no script, no inline style (the CSP holds).
import type { StoreRecovery } from '../store/store-recovery.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** One sentence for logs and API answers. */
export function recoveryMessage(recovery: StoreRecovery): string {
  const offer = recovery.backup
    ? ` The newest backup next to it is ${recovery.backup.file} (${recovery.backup.made}); restore it with: ${recovery.restoreCommand}`
    : ' No backup that this Lextrace can open was found next to it.';
  return `Lextrace cannot open the store ${recovery.store}: it ${recovery.problem}; ${recovery.remedy}.${offer}`;
}

export function recoveryPageHtml(recovery: StoreRecovery): string {
  const e = escapeHtml;
  const backup = recovery.backup
    ? [
        '<h2>Restore the newest backup</h2>',
        `<p>The newest backup next to the store is <code>${e(recovery.backup.file)}</code>, written ${e(recovery.backup.made)}`,
        ` (${recovery.backup.documents} documents, schema ${recovery.backup.version}). To put it in the store's place, stop`,
        ' this server (Ctrl+C) and run:</p>',
        `<pre><code>${e(recovery.restoreCommand!)}</code></pre>`,
        '<p>The store as it is now is kept beside it (<code>…before-restore-…</code>), so the restore can be undone.',
        ' Then start Lextrace again. Work done since that backup was written is not in it.</p>',
      ].join('')
    : [
        '<h2>No backup found</h2>',
        '<p>There is no backup next to the store that this Lextrace can open. Move the store away and run',
        ` <code>lextrace index --db ${e(recovery.store)}</code> to start a new one, or restore a backup you kept elsewhere with`,
        ` <code>lextrace restore FILE --db ${e(recovery.store)}</code>.</p>`,
      ].join('');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Lextrace cannot open its store</title></head><body><main>',
    '<h1>Lextrace cannot open its store</h1>',
    `<p>The store <code>${e(recovery.store)}</code> ${e(recovery.problem)}.</p>`,
    `<p>${e(recovery.remedy[0]!.toUpperCase() + recovery.remedy.slice(1))}.</p>`,
    backup,
    '</main></body></html>',
    '',
  ].join('\n');
}
