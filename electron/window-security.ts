// The security wiring of the Electron shell, free of Electron itself (as ipc-bridge.ts is): the window's web
// preferences, navigation, new-window and webview lockdown, permission refusal, and the single-instance lock.
// main.ts hands it Electron's objects; tests hand it fakes with the same few methods.
import { isAllowedExternalUrl, isAllowedNavigation } from './navigation-policy.js';

/**
 * Every window's web preferences (Electron security checklist): isolated, sandboxed renderer without Node; web
 * security on; no insecure content, no <webview>, no experimental features, no navigation by dropping a file.
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
});

/** The secure preferences with the preload script (the only thing a window adds). */
export function windowWebPreferences(preload: string): typeof SECURE_WEB_PREFERENCES & { preload: string } {
  return { ...SECURE_WEB_PREFERENCES, preload };
}

/** An event Electron lets a handler cancel; navigation events also carry the target URL. */
export interface PreventableEvent {
  preventDefault(): void;
  url?: string;
}

export type WindowOpenResponse = { action: 'deny' };

/** The parts of Electron's WebContents the lockdown uses. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url?: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenResponse): void;
}

/**
 * Every web contents: it may navigate (main frame, any subframe, or by redirect) only inside the app's origin, never
 * opens a window (an allowlisted https link goes to the user's browser instead), and never attaches a <webview>.
 */
export function lockDownContents(contents: WebContentsLike, openExternal: (url: string) => void): void {
  const guard = (event: PreventableEvent, url?: string): void => {
    if (!isAllowedNavigation(url ?? event.url ?? '')) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** The parts of Electron's Session the permission handlers use. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
}

/** Lextrace needs no permission (camera, notifications, clipboard reading, devices...): every request and check is refused. */
export function refusePermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}

/** The parts of Electron's app the single-instance lock and the lockdown use. */
export interface AppLike {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
}

/**
 * One Lextrace at a time (two would write one store from two processes and fight over the deep-link scheme): the
 * second instance quits at once and hands its command line to the first, which gets it in `onSecondInstance`.
 */
export function claimSingleInstance(app: AppLike, onSecondInstance: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => onSecondInstance(argv));
  return true;
}

/** Every web contents the app ever creates (windows, devtools, anything a page might open) is locked down. */
export function lockDownAllContents(app: AppLike, openExternal: (url: string) => void): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, openExternal));
}
