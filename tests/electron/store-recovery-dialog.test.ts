// The app's offer of the last backup when its store cannot be opened, exercised with a fake dialog and app.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  offerStoreRecovery,
  QUIT_BUTTON,
  recoveryDialogOptions,
  RESTORE_BUTTON,
  SHOW_BUTTON,
  type DialogLike,
  type MessageBoxOptionsLike,
  type RecoveryActions,
} from '../../electron/store-recovery-dialog.js';
import { runCli } from '../../shared/node/cli/main.js';
import { openExplorer } from '../../shared/node/service/open-explorer.js';
import { StoreError } from '../../shared/node/store/store-error.js';
import { restoreBackup, storeRecovery, type StoreRecovery } from '../../shared/node/store/store-recovery.js';
import { cleanupTemp, tempDir } from '../helpers/temp-db.js';

afterAll(cleanupTemp);

const RECOVERY: StoreRecovery = {
  store: '/data/lextrace.db',
  problem: 'is damaged (database disk image is malformed)',
  remedy: 'restore a backup with "lextrace restore FILE"',
  kind: 'damaged',
  backup: { file: '/data/lextrace.db.backup-2026-11-01.sqlite', made: '2026-11-01T10:00:00.000Z', version: 6, documents: 8 },
  restoreCommand: 'lextrace restore /data/lextrace.db.backup-2026-11-01.sqlite --db /data/lextrace.db',
};

/** A dialog that answers with the given buttons, by label, and records what it was shown. */
function fakeDialog(answers: string[]): DialogLike & { shown: MessageBoxOptionsLike[]; errors: string[] } {
  const shown: MessageBoxOptionsLike[] = [];
  const errors: string[] = [];
  return {
    shown,
    errors,
    async showMessageBox(options) {
      shown.push(options);
      if (options.type === 'info') return { response: 0 };
      const label = answers.shift();
      expect(label, 'an answer for the dialog').toBeDefined();
      return { response: options.buttons.indexOf(label!) };
    },
    showErrorBox(title, content) {
      errors.push(`${title}: ${content}`);
    },
  };
}

function fakeActions(dialog: DialogLike, restore: RecoveryActions['restore']) {
  const calls: string[] = [];
  const actions: RecoveryActions = {
    dialog,
    restore: async (store, backup) => {
      calls.push(`restore ${backup} -> ${store}`);
      return restore(store, backup);
    },
    showInFolder: (path) => void calls.push(`show ${path}`),
    relaunch: () => void calls.push('relaunch'),
    quit: () => void calls.push('quit'),
  };
  return { actions, calls };
}

const restored: RecoveryActions['restore'] = async (store, file) => ({ store, file, summary: { version: 6, documents: 8 }, previous: `${store}.before-restore-x.sqlite`, notes: [] });

describe('the store recovery dialog', () => {
  it('names the store, what is wrong and the newest backup, with the terminal command', () => {
    const options = recoveryDialogOptions(RECOVERY);
    expect(options.buttons).toEqual([RESTORE_BUTTON, SHOW_BUTTON, QUIT_BUTTON]);
    expect(options.cancelId).toBe(2);
    expect(options.detail).toContain('/data/lextrace.db is damaged');
    expect(options.detail).toContain('/data/lextrace.db.backup-2026-11-01.sqlite');
    expect(options.detail).toContain(RECOVERY.restoreCommand);
    const none = recoveryDialogOptions({ ...RECOVERY, backup: null, restoreCommand: null });
    expect(none.buttons).toEqual([SHOW_BUTTON, QUIT_BUTTON]);
    expect(none.detail).toContain('No backup');
  });

  it('restores the backup and starts the app again', async () => {
    const dialog = fakeDialog([RESTORE_BUTTON]);
    const { actions, calls } = fakeActions(dialog, restored);
    expect(await offerStoreRecovery(RECOVERY, actions)).toBe('restored');
    expect(calls).toEqual([`restore ${RECOVERY.backup!.file} -> ${RECOVERY.store}`, 'relaunch']);
    expect(dialog.shown[1]!.detail).toContain('before-restore');
  });

  it('shows the store in its folder and asks again; quits when asked', async () => {
    const dialog = fakeDialog([SHOW_BUTTON, QUIT_BUTTON]);
    const { actions, calls } = fakeActions(dialog, restored);
    expect(await offerStoreRecovery(RECOVERY, actions)).toBe('quit');
    expect(calls).toEqual([`show ${RECOVERY.store}`, 'quit']);
    expect(dialog.shown).toHaveLength(2);
  });

  it('says so when the restore fails, and quits', async () => {
    const dialog = fakeDialog([RESTORE_BUTTON]);
    const { actions, calls } = fakeActions(dialog, async () => {
      throw new Error('the backup is damaged');
    });
    expect(await offerStoreRecovery(RECOVERY, actions)).toBe('restore-failed');
    expect(dialog.errors).toEqual(['Lextrace could not restore the backup: the backup is damaged']);
    expect(calls.at(-1)).toBe('quit');
  });

  it('with the real restore, a damaged store opens again with the backup’s documents', async () => {
    const dir = join(tempDir(), 'app-data');
    mkdirSync(dir);
    const store = join(dir, 'lextrace.db');
    const memo = join(dir, 'memo.txt');
    writeFileSync(memo, 'Memo.\n\nArticle 1229 of the Civil Code provides a cause of action.\n');
    const io = { out: () => {}, err: () => {}, env: {} };
    expect(await runCli(['import', memo, '--db', store], io)).toBe(0);
    expect(await runCli(['backup', '--db', store], io)).toBe(0);
    const bytes = readFileSync(store);
    bytes.fill(0xab, 8192);
    writeFileSync(store, bytes);
    let error: unknown;
    try {
      openExplorer(store);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreError);
    const recovery = storeRecovery(error)!;
    expect(recovery.backup).not.toBeNull();
    const { actions, calls } = fakeActions(fakeDialog([RESTORE_BUTTON]), (s, b) => restoreBackup(s, b));
    expect(await offerStoreRecovery(recovery, actions)).toBe('restored');
    expect(calls.at(-1)).toBe('relaunch');
    const explorer = openExplorer(store);
    expect(await explorer.service.listDocuments({})).toHaveLength(1);
    explorer.close();
  });
});
