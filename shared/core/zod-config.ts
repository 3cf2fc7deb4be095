// zod configured once, before any schema is built: jitless, so it never compiles parsers with `new Function`.
// Under the app's CSP (script-src 'self', no 'unsafe-eval') zod's probe for eval is reported as a violation on
// every page, even though zod catches it. Import this module first wherever schemas are built or parsed
// (renderer/main.tsx, the web host, Electron's main process), or take `z` from here instead of from 'zod'.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
