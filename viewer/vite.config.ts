/**
 * Builds the viewer into dist/viewer (served by src/server): static files with hashed assets,
 * relative URLs, nothing fetched from a CDN at run time.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist/viewer/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // Sigma and graphology are one ~300 kB chunk; splitting would not help a page served from localhost.
    chunkSizeWarningLimit: 1024,
    modulePreload: { polyfill: false },
  },
});
