/** The package's programmatic API. */
export * from './graph/index.ts';
export { KgError } from './util/errors.ts';
