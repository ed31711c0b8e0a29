/** Runs the built `kg` command (bin/kg.js → dist/) for end-to-end tests: `npm run build` must have run. */
import { spawn } from 'node:child_process';
import { REPO_ROOT } from './news-graph.ts';

export const KG_BIN = `${REPO_ROOT}bin/kg.js`;

export interface KgRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runKg(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<KgRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG_BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
