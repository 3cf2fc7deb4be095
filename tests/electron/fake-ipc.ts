// A fake ipcMain/ipcRenderer pair that behaves like Electron's where it matters: structured-clone of
// arguments and results, invoke without a handler rejects, sendSync returns event.returnValue,
// and events carry the sender frame's URL.
import type { IpcMainLike, IpcSenderEvent, IpcSyncEvent } from '../../electron/ipc-bridge.js';

type InvokeHandler = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;
type SyncListener = (event: IpcSyncEvent) => void;
type RendererListener = (event: unknown, ...args: unknown[]) => void;

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, InvokeHandler>();
  readonly listeners = new Map<string, SyncListener>();

  handle(channel: string, listener: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  on(channel: string, listener: SyncListener): void {
    this.listeners.set(channel, listener);
  }
}

export class FakeIpcRenderer {
  private readonly rendererListeners = new Map<string, Set<RendererListener>>();

  constructor(
    private readonly main: FakeIpcMain,
    /** The URL of the frame the calls come from (our app, or something else). */
    public frameUrl = 'lextrace-app://app/',
  ) {}

  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.main.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    const result = await handler({ senderFrame: { url: this.frameUrl } }, ...structuredClone(args));
    return structuredClone(result);
  }

  sendSync(channel: string): unknown {
    const listener = this.main.listeners.get(channel);
    const event: IpcSyncEvent = { senderFrame: { url: this.frameUrl }, returnValue: undefined };
    listener?.(event);
    return structuredClone(event.returnValue);
  }

  on(channel: string, listener: RendererListener): this {
    let set = this.rendererListeners.get(channel);
    if (!set) this.rendererListeners.set(channel, (set = new Set()));
    set.add(listener);
    return this;
  }

  removeListener(channel: string, listener: RendererListener): this {
    this.rendererListeners.get(channel)?.delete(listener);
    return this;
  }

  listenerCount(channel: string): number {
    return this.rendererListeners.get(channel)?.size ?? 0;
  }

  /** What webContents.send(channel, ...args) does on the main side. */
  emitFromMain(channel: string, ...args: unknown[]): void {
    for (const listener of this.rendererListeners.get(channel) ?? []) listener({ sender: 'ipcRenderer' }, ...structuredClone(args));
  }
}

/**
 * A contextBridge that copies values into the "main world" like Electron's: functions are wrapped,
 * plain data is cloned, and a rejected Error arrives as a new Error with only its message.
 */
export class FakeContextBridge {
  readonly exposed = new Map<string, unknown>();

  exposeInMainWorld(key: string, api: unknown): void {
    if (this.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object`);
    this.exposed.set(key, copyAcross(api));
  }
}

function copyAcross(value: unknown): unknown {
  if (typeof value === 'function') {
    return (...args: unknown[]) => {
      const out = (value as (...a: unknown[]) => unknown)(...args.map(copyAcross));
      return out instanceof Promise ? out.then(copyAcross, (err: unknown) => Promise.reject(copyError(err))) : copyAcross(out);
    };
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyAcross(v)]));
  }
  return value === undefined ? undefined : structuredClone(value);
}

function copyError(err: unknown): unknown {
  return err instanceof Error ? new Error(err.message) : copyAcross(err);
}
