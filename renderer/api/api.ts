// Chooses the transport: the desktop host's preload API when present, otherwise HTTP to the web host.
import type { ExplorerApi } from '../../shared/core/api/contract.js';
import { createHttpClient } from './http-client.js';
import './host-bridge.js';

export function chooseApi(): ExplorerApi {
  return window.explorer ?? createHttpClient();
}
