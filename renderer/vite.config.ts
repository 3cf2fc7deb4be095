// Vite build of the renderer: bundles renderer/ into dist/renderer with absolute asset paths for deep links.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererDir,
  // Absolute paths: index.html is served for /clause/a/b too, so relative asset paths would break there.
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No source maps in the shipped app: they would hand out the source, and neither host serves them (README "Security").
    sourcemap: false,
    // No inline scripts or data: URLs, so the page runs under script-src 'self' and style-src 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
  },
  server: { port: 5173, strictPort: false },
});
