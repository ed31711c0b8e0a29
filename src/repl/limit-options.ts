import { InvalidArgumentError, type Command } from 'commander';

/** `--timeout MS` and `--max-rows N`, the engine's guard rails, shared by `kg query` and `kg repl`. */
export function addLimitOptions(command: Command): Command {
  return command
    .option('--timeout <ms>', 'time budget of a query, in milliseconds (default 30000)', positiveInteger)
    .option('--max-rows <n>', 'row cap on the result and on intermediate rows (default 1000000)', positiveInteger);
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, not "${value}"`);
  return n;
}
