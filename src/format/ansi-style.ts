/**
 * Terminal colours, applied only when the caller says so: whether colour is wanted is decided once, from
 * the output stream and NO_COLOR (see `wantsColor`), never by the formatting code itself.
 */
import { styleText } from 'node:util';

export type Style = 'bold' | 'dim' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan';

export function paint(style: Style, text: string, color: boolean | undefined): string {
  // validateStream: false, because the decision is ours (newer Node would look at process.stdout again).
  return color ? styleText(style, text, { validateStream: false }) : text;
}

/** Colours on a terminal only, and never when NO_COLOR is set to something (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR;
}
