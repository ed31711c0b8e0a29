/**
 * Opens a URL in the user's browser with the platform's opener. Failure is silent: the URL has
 * been printed, and a machine without a desktop (ssh, CI) simply has nothing to open it with.
 */
import { spawn } from 'node:child_process';

export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? // `start` is a cmd builtin; its first quoted argument is a window title, hence the "".
          ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener: nothing to do, the URL is on the terminal.
  }
}
