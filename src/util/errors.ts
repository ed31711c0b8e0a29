/**
 * Errors meant for the user: a message that stands on its own, never a stack trace.
 * Modules prefix messages with their name (`graph/load: …`), as graphology's packages do.
 */
export class KgError extends Error {
  /** Process exit status the CLI uses for this error. */
  readonly exitCode: number;
  constructor(message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KgError';
    this.exitCode = options?.exitCode ?? 1;
  }
}
