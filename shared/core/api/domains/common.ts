// Small argument schemas shared by the API domains (ids, keys).
import { z } from '../../zod-config.js';

export const id = z.string().min(1).max(300);
export const key = z.string().min(1).max(200);
