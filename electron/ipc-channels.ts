// Names of the IPC channels between main and preload (the preload keeps its own copy; a test checks they agree).

export const API_CHANNEL_PREFIX = 'explorer:';
/** Synchronous request from the preload for the API's method names. */
export const METHODS_CHANNEL = 'explorer:methods';
/** Main → renderer: show this route. */
export const NAVIGATE_CHANNEL = 'explorer:navigate';
/** Main → renderer: the library changed (File › Import…); reload what is shown. */
export const LIBRARY_CHANGED_CHANNEL = 'explorer:library-changed';

export function apiChannel(method: string): string {
  return `${API_CHANNEL_PREFIX}${method}`;
}
