/**
 * CypherError: every problem a query can cause, with the TCK's classification (tckType/tckDetail),
 * a position when one is known, and a `userMessage` that stands on its own (no stack trace).
 */
export type CypherErrorKind = 'syntax' | 'semantic' | 'runtime' | 'timeout' | 'row-limit' | 'forbidden' | 'cancelled';

export interface SourcePosition {
  offset: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
}

export interface CypherErrorOptions {
  tckType?: string;
  tckDetail?: string;
  /** Offset into `source` where the problem is. */
  offset?: number;
  source?: string;
  /** What was expected there (syntax errors). */
  expected?: string;
  cause?: unknown;
}

const DEFAULT_TCK_TYPE: Record<CypherErrorKind, string> = {
  syntax: 'SyntaxError',
  semantic: 'SyntaxError', // the TCK raises compile-time semantic errors as SyntaxError
  runtime: 'RuntimeError',
  timeout: 'RuntimeError',
  'row-limit': 'RuntimeError',
  forbidden: 'ForbiddenError',
  cancelled: 'RuntimeError',
};

const KIND_TITLE: Record<CypherErrorKind, string> = {
  syntax: 'syntax error',
  semantic: 'semantic error',
  runtime: 'runtime error',
  timeout: 'timeout',
  'row-limit': 'row limit exceeded',
  forbidden: 'forbidden',
  cancelled: 'cancelled',
};

export class CypherError extends Error {
  readonly kind: CypherErrorKind;
  readonly tckType: string;
  readonly tckDetail?: string;
  position?: SourcePosition;
  userMessage: string;
  /** The bare description, without position or excerpt. */
  readonly description: string;
  expected?: string;
  /** Offset in the statement, known before the statement's place in the caller's text is. */
  pendingOffset?: number;

  constructor(kind: CypherErrorKind, description: string, options: CypherErrorOptions = {}) {
    super(description, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CypherError';
    this.kind = kind;
    this.description = description;
    this.tckType = options.tckType ?? DEFAULT_TCK_TYPE[kind];
    if (options.tckDetail !== undefined) this.tckDetail = options.tckDetail;
    if (options.expected !== undefined) this.expected = options.expected;
    this.userMessage = `query: ${KIND_TITLE[kind]}: ${description}`;
    if (options.offset !== undefined && options.source !== undefined) this.locate(options.source, options.offset);
    this.message = this.userMessage;
  }

  /** Attaches a position in `source` (once: the innermost position wins) and rebuilds the message. */
  locate(source: string, offset: number): this {
    if (this.position) return this;
    this.position = positionAt(source, offset);
    const { line, column } = this.position;
    const lines = source.split(/\r\n|\r|\n/);
    const text = lines[line - 1] ?? '';
    const gutter = `${line} | `;
    const caret = ' '.repeat(gutter.length) + caretPadding(text, column - 1) + '^';
    const parts = [`query: ${KIND_TITLE[this.kind]} at line ${line}, column ${column}: ${this.description}`];
    parts.push(gutter + text.replace(/\t/g, ' '), caret);
    if (this.expected) parts.push(`expected ${this.expected}`);
    this.userMessage = parts.join('\n');
    this.message = this.userMessage;
    return this;
  }
}

export function positionAt(source: string, offset: number): SourcePosition {
  const clamped = Math.max(0, Math.min(offset, source.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < clamped; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || (c === 13 && source.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { offset: clamped, line, column: clamped - lineStart + 1 };
}

/** Spaces up to the caret; wide characters (CJK, emoji) take two columns in a terminal. */
function caretPadding(text: string, units: number): string {
  let width = 0;
  for (const ch of text.slice(0, units)) width += isWide(ch) ? 2 : 1;
  return ' '.repeat(width);
}

function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** Shorthands used across the engine; `detail` is the TCK's name for the error. */
export function semanticError(detail: string, description: string, offset?: number, tckType?: string): CypherError {
  const error = new CypherError('semantic', description, { tckDetail: detail, ...(tckType ? { tckType } : {}) });
  if (offset !== undefined) error.pendingOffset = offset;
  return error;
}

export function syntaxError(detail: string, description: string, offset?: number): CypherError {
  const error = new CypherError('syntax', description, { tckDetail: detail });
  if (offset !== undefined) error.pendingOffset = offset;
  return error;
}

/** Runtime errors carry the TCK's type: TypeError, ArgumentError, ArithmeticError, EntityNotFound… */
export function runtimeError(tckType: string, detail: string, description: string): CypherError {
  return new CypherError('runtime', description, { tckType, tckDetail: detail });
}

/** Reading a node or relationship this query deleted. */
export function deletedEntityError(what: 'node' | 'relationship'): CypherError {
  return runtimeError('EntityNotFound', 'DeletedEntityAccess', `the ${what} was deleted by this query`);
}
