// When the app cannot open its store (damaged, from a newer Lextrace, not a store): a dialog names the store, what is
// wrong and the newest backup next to it, and restores that backup at a click, then starts the app again. Free of
// Electron itself (as window-security.ts is): main.ts hands it Electron's dialog and app; tests hand it fakes.
import type { RestoreResult, StoreRecovery } from '../shared/node/store/store-recovery.js';

export interface MessageBoxOptionsLike {
  type: 'error' | 'info';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
}

/** The parts of Electron's dialog module the recovery uses. */
export interface DialogLike {
  showMessageBox(options: MessageBoxOptionsLike): Promise<{ response: number }>;
  showErrorBox(title: string, content: string): void;
}

export interface RecoveryActions {
  dialog: DialogLike;
  /** Puts the backup in the store's place (store-recovery.ts restoreBackup, with the app's native binding). */
  restore(store: string, backup: string): Promise<RestoreResult>;
  /** Shows the store's file in the system's file manager. */
  showInFolder(path: string): void;
  /** Starts the app again (app.relaunch, then exit). */
  relaunch(): void;
  /** Leaves without a window (app.exit(1)). */
  quit(): void;
}

export type RecoveryOutcome = 'restored' | 'quit' | 'restore-failed';

export const RESTORE_BUTTON = 'Restore this backup';
export const SHOW_BUTTON = 'Show the store in its folder';
export const QUIT_BUTTON = 'Quit';

/** The dialog: what is wrong with which file, and the newest usable backup with the command-line equivalent. */
export function recoveryDialogOptions(recovery: StoreRecovery): MessageBoxOptionsLike {
  const what = `The store ${recovery.store} ${recovery.problem}.`;
  const buttons = recovery.backup ? [RESTORE_BUTTON, SHOW_BUTTON, QUIT_BUTTON] : [SHOW_BUTTON, QUIT_BUTTON];
  const detail = recovery.backup
    ? [
        what,
        '',
        `The newest backup next to it is ${recovery.backup.file}, written ${recovery.backup.made} (${recovery.backup.documents} documents).`,
        'Restoring it puts it in the store’s place; the store as it is now is kept beside it, so this can be undone.',
        'Work done since that backup was written is not in it.',
        '',
        `The same from a terminal: ${recovery.restoreCommand}`,
      ].join('\n')
    : [
        what,
        '',
        `${recovery.remedy[0]!.toUpperCase()}${recovery.remedy.slice(1)}.`,
        'No backup that this Lextrace can open was found next to it. Move the store away to start a new one, or restore a',
        'backup kept elsewhere with: lextrace restore FILE',
      ].join('\n');
  return {
    type: 'error',
    title: 'Lextrace cannot open its store',
    message: recovery.backup ? 'Lextrace cannot open its store. Restore the newest backup?' : 'Lextrace cannot open its store.',
    detail,
    buttons,
    defaultId: 0,
    cancelId: buttons.length - 1,
    noLink: true,
  };
}

/**
 * Offers the recovery until the user restores the backup (then the app starts again over it) or quits; showing the
 * store in its folder leaves the dialog up. A restore that fails is shown and the app quits.
 */
export async function offerStoreRecovery(recovery: StoreRecovery, actions: RecoveryActions): Promise<RecoveryOutcome> {
  const options = recoveryDialogOptions(recovery);
  for (;;) {
    const { response } = await actions.dialog.showMessageBox(options);
    const chosen = options.buttons[response];
    if (chosen === SHOW_BUTTON) {
      actions.showInFolder(recovery.store);
      continue;
    }
    if (chosen !== RESTORE_BUTTON || !recovery.backup) {
      actions.quit();
      return 'quit';
    }
    try {
      const restored = await actions.restore(recovery.store, recovery.backup.file);
      await actions.dialog.showMessageBox({
        type: 'info',
        title: 'Backup restored',
        message: 'The backup was restored. Lextrace starts again over it.',
        detail: restored.previous ? `The store as it was is kept in ${restored.previous}.` : '',
        buttons: ['OK'],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      });
      actions.relaunch();
      return 'restored';
    } catch (err) {
      actions.dialog.showErrorBox('Lextrace could not restore the backup', err instanceof Error ? err.message : String(err));
      actions.quit();
      return 'restore-failed';
    }
  }
}
