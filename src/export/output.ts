/**
 * Where an export goes: a file, replaced atomically once complete (an interrupted export never leaves
 * half a file), or standard output for `-`.
 */
import { writeStreamAtomic } from '../util/atomic-write.ts';

export const STDOUT = '-';

export async function writeChunks(target: string, chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  if (target === STDOUT) await writeToStdout(chunks);
  else await writeStreamAtomic(target, chunks);
}

async function writeToStdout(chunks: Iterable<string> | AsyncIterable<string>): Promise<void> {
  const out = process.stdout;
  let closed = false;
  // A reader that stops early (`kg export -o - | head`) is not an error: stop writing.
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
  };
  out.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (closed) break;
      if (!out.write(chunk)) await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.once('drain', done);
        out.once('close', done);
      });
    }
  } finally {
    out.off('error', onError);
  }
}
