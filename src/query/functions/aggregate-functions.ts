/** Aggregates: count, collect, sum, avg, min, max, percentileDisc, percentileCont, stDev, stDevP. */
import { add } from '../values/arithmetic.ts';
import { orderCompare } from '../values/ordering.ts';
import { CypherFloat, makeFloat } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import { invalidArgument, outOfRange } from './errors.ts';
import type { Accumulator, AggregateFunction } from './types.ts';

function numeric(fn: string, v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof CypherFloat) return v.value;
  throw invalidArgument(fn, v, 'a number');
}

class CountAccumulator implements Accumulator {
  n = 0;
  add(args: Value[]): void {
    if (args.length === 0 || args[0] !== null) this.n++;
  }
  result(): Value {
    return this.n;
  }
}

class CollectAccumulator implements Accumulator {
  items: Value[] = [];
  add([v]: Value[]): void {
    if (v !== null) this.items.push(v!);
  }
  result(): Value {
    return this.items;
  }
}

class SumAccumulator implements Accumulator {
  sum: Value = 0;
  add([v]: Value[]): void {
    if (v === null) return;
    numeric('sum', v!);
    this.sum = add(this.sum, v!);
  }
  result(): Value {
    return this.sum;
  }
}

class AvgAccumulator implements Accumulator {
  sum = 0;
  n = 0;
  add([v]: Value[]): void {
    if (v === null) return;
    this.sum += numeric('avg', v!);
    this.n++;
  }
  result(): Value {
    return this.n === 0 ? null : makeFloat(this.sum / this.n);
  }
}

class ExtremumAccumulator implements Accumulator {
  best: Value = null;
  constructor(private readonly sign: 1 | -1) {}
  add([v]: Value[]): void {
    if (v === null) return;
    if (this.best === null || this.sign * orderCompare(v!, this.best) < 0) this.best = v!;
  }
  result(): Value {
    return this.best;
  }
}

class PercentileAccumulator implements Accumulator {
  values: number[] = [];
  raw: Value[] = [];
  percentile: number | null = null;
  constructor(private readonly name: string, private readonly continuous: boolean) {}
  add([v, p]: Value[]): void {
    if (this.percentile === null && p !== undefined && p !== null) {
      const q = numeric(this.name, p);
      if (!(q >= 0 && q <= 1)) throw outOfRange(this.name, p, '[0, 1]');
      this.percentile = q;
    }
    if (v === null || v === undefined) return;
    this.values.push(numeric(this.name, v));
    this.raw.push(v);
  }
  result(): Value {
    if (this.values.length === 0 || this.percentile === null) return null;
    const order = this.values.map((_, i) => i).sort((a, b) => this.values[a]! - this.values[b]!);
    const p = this.percentile;
    if (this.continuous) {
      const pos = p * (order.length - 1);
      const lo = Math.floor(pos);
      const hi = Math.ceil(pos);
      const a = this.values[order[lo]!]!;
      const b = this.values[order[hi]!]!;
      return makeFloat(a + (b - a) * (pos - lo));
    }
    const index = p === 0 ? 0 : Math.max(0, Math.ceil(p * order.length) - 1);
    return this.raw[order[index]!]!;
  }
}

class StDevAccumulator implements Accumulator {
  values: number[] = [];
  constructor(private readonly population: boolean) {}
  add([v]: Value[]): void {
    if (v === null) return;
    this.values.push(numeric(this.population ? 'stDevP' : 'stDev', v!));
  }
  result(): Value {
    const n = this.values.length;
    const denominator = this.population ? n : n - 1;
    if (n === 0 || denominator <= 0) return makeFloat(0);
    const mean = this.values.reduce((s, x) => s + x, 0) / n;
    const squares = this.values.reduce((s, x) => s + (x - mean) ** 2, 0);
    return makeFloat(Math.sqrt(squares / denominator));
  }
}

export const aggregateFunctions: AggregateFunction[] = [
  { name: 'count', aggregate: true, minArgs: 1, maxArgs: 1, returns: 'INTEGER', description: 'count(x): the number of non-null values (count(*): of rows)', create: () => new CountAccumulator() },
  { name: 'collect', aggregate: true, minArgs: 1, maxArgs: 1, returns: 'LIST', description: 'collect(x): the non-null values as a list', create: () => new CollectAccumulator() },
  { name: 'sum', aggregate: true, minArgs: 1, maxArgs: 1, accepts: [['NUMBER']], returns: 'NUMBER', description: 'sum(x): the sum of the numbers', create: () => new SumAccumulator() },
  { name: 'avg', aggregate: true, minArgs: 1, maxArgs: 1, accepts: [['NUMBER']], returns: 'FLOAT', description: 'avg(x): the mean of the numbers', create: () => new AvgAccumulator() },
  { name: 'min', aggregate: true, minArgs: 1, maxArgs: 1, returns: 'ANY', description: 'min(x): the smallest value', create: () => new ExtremumAccumulator(1) },
  { name: 'max', aggregate: true, minArgs: 1, maxArgs: 1, returns: 'ANY', description: 'max(x): the largest value', create: () => new ExtremumAccumulator(-1) },
  {
    name: 'percentileDisc',
    aggregate: true,
    minArgs: 2,
    maxArgs: 2,
    accepts: [['NUMBER'], ['NUMBER']],
    returns: 'NUMBER',
    description: 'percentileDisc(x, p): the value at percentile p (0..1), nearest rank',
    create: () => new PercentileAccumulator('percentileDisc', false),
  },
  {
    name: 'percentileCont',
    aggregate: true,
    minArgs: 2,
    maxArgs: 2,
    accepts: [['NUMBER'], ['NUMBER']],
    returns: 'FLOAT',
    description: 'percentileCont(x, p): the value at percentile p (0..1), interpolated',
    create: () => new PercentileAccumulator('percentileCont', true),
  },
  { name: 'stDev', aggregate: true, minArgs: 1, maxArgs: 1, accepts: [['NUMBER']], returns: 'FLOAT', description: 'stDev(x): the sample standard deviation', create: () => new StDevAccumulator(false) },
  { name: 'stDevP', aggregate: true, minArgs: 1, maxArgs: 1, accepts: [['NUMBER']], returns: 'FLOAT', description: 'stDevP(x): the population standard deviation', create: () => new StDevAccumulator(true) },
];
