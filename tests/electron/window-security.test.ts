// The Electron shell's security wiring, exercised with fake WebContents, Session and App objects.
import { describe, expect, it, vi, type Mock } from 'vitest';
import { APP_START_URL } from '../../electron/app-origin.js';
import {
  claimSingleInstance,
  lockDownAllContents,
  lockDownContents,
  refusePermissions,
  SECURE_WEB_PREFERENCES,
  windowWebPreferences,
  type AppLike,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike,
  type WindowOpenResponse,
} from '../../electron/window-security.js';

type Listener = (...args: never[]) => unknown;

class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, Listener[]>();
  openHandler: ((details: { url: string }) => WindowOpenResponse) | undefined;
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenResponse): void {
    this.openHandler = handler;
  }
  /** Emits `name` the way Electron does (the event object carries the URL; navigation events also pass it second). */
  emit(name: string, url?: string): boolean {
    let prevented = false;
    const event: PreventableEvent = { preventDefault: () => (prevented = true), ...(url ? { url } : {}) };
    const listeners = this.listeners.get(name) ?? [];
    expect(listeners.length, `a listener for ${name}`).toBeGreaterThan(0);
    for (const listener of listeners) (listener as (e: PreventableEvent, u?: string) => void)(event, url);
    return prevented;
  }
}

const FOREIGN = ['https://pravo.gov.ru/', 'https://evil.example/phish', 'http://127.0.0.1:5178/', 'file:///etc/passwd', 'javascript:alert(1)', 'lextrace-app://evil/'];

describe('navigation lockdown', () => {
  const contents = new FakeWebContents();
  const openExternal = vi.fn();
  lockDownContents(contents, openExternal);

  it('prevents navigation away from the app, by the main frame, any frame or a redirect', () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of FOREIGN) expect(contents.emit(event, url), `${event} ${url}`).toBe(true);
      expect(contents.emit(event, new URL('/clause/action-plan-2012/I.A.1', APP_START_URL).href), event).toBe(false);
    }
  });

  it('denies every new window, sending only allowlisted https links to the browser', () => {
    expect(contents.openHandler!({ url: 'https://pravo.gov.ru/proxy/ips/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://pravo.gov.ru/proxy/ips/');
    openExternal.mockClear();
    const notAllowlisted = FOREIGN.filter((url) => !url.startsWith('https://pravo.gov.ru/'));
    for (const url of [...notAllowlisted, APP_START_URL]) expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents attaching a <webview>', () => {
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('locks down every web contents the app creates', () => {
    const app = fakeApp(true);
    lockDownAllContents(app, openExternal);
    const created = new FakeWebContents();
    app.emit('web-contents-created', {}, created);
    expect(created.emit('will-navigate', 'https://evil.example/')).toBe(true);
    expect(created.emit('will-attach-webview')).toBe(true);
    expect(created.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  it('refuses every permission request, check and device', () => {
    const handlers: { request?: Parameters<SessionLike['setPermissionRequestHandler']>[0]; check?: Parameters<SessionLike['setPermissionCheckHandler']>[0]; device?: (d: unknown) => boolean } = {};
    const session: SessionLike = {
      setPermissionRequestHandler: (h) => (handlers.request = h),
      setPermissionCheckHandler: (h) => (handlers.check = h),
      setDevicePermissionHandler: (h) => (handlers.device = h),
    };
    refusePermissions(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission), permission).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('web preferences', () => {
  it('are exactly the secure set, plus the preload script', () => {
    expect(windowWebPreferences('/app/dist/electron/preload.cjs')).toEqual({
      preload: '/app/dist/electron/preload.cjs',
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
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

describe('single instance', () => {
  it('quits a second instance at once', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => {})).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listeners.has('second-instance')).toBe(false);
  });

  it("hands a second instance's command line to the first", () => {
    const app = fakeApp(true);
    const onSecond = vi.fn();
    expect(claimSingleInstance(app, onSecond)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.emit('second-instance', {}, ['lextrace', 'lextrace://clause/action-plan-2012/I.A.1']);
    expect(onSecond).toHaveBeenCalledWith(['lextrace', 'lextrace://clause/action-plan-2012/I.A.1']);
  });
});

function fakeApp(gotLock: boolean): AppLike & { quit: Mock<() => void>; listeners: Map<string, Listener>; emit(name: string, ...args: unknown[]): void } {
  const listeners = new Map<string, Listener>();
  return {
    listeners,
    requestSingleInstanceLock: () => gotLock,
    quit: vi.fn<() => void>(),
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return this;
    },
    emit(name: string, ...args: unknown[]) {
      (listeners.get(name) as (...a: unknown[]) => void)(...args);
    },
  };
}
