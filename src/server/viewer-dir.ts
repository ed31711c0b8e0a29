/**
 * Where `npm run build` puts the viewer (vite, viewer/vite.config.ts): dist/viewer of this package.
 * This module sits two levels below the package root both as src/server/*.ts and dist/server/*.js.
 */
import { fileURLToPath } from 'node:url';

export function defaultViewerDir(): string {
  return fileURLToPath(new URL('../../dist/viewer/', import.meta.url));
}
