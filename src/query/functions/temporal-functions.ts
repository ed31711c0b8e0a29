/**
 * Temporal functions: the constructors date, localtime, time, localdatetime, datetime (with their
 * .transaction, .statement, .realtime and .truncate forms), datetime.fromepoch(millis), duration and
 * duration.between / inMonths / inDays / inSeconds.
 */
import { runtimeError } from '../errors.ts';
import { CypherFloat, isMap, TemporalValue } from '../values/types.ts';
import type { Value } from '../values/types.ts';
import { durationBetween } from '../values/temporal/between.ts';
import type { BetweenUnit } from '../values/temporal/between.ts';
import { realtimeInstant } from '../values/temporal/clock.ts';
import { construct, fromEpoch, fromTemporal, now } from '../values/temporal/construct.ts';
import type { TemporalKind } from '../values/temporal/construct.ts';
import { durationOf } from '../values/temporal/duration.ts';
import { parseDuration } from '../values/temporal/parse-temporal.ts';
import { truncate } from '../values/temporal/truncate.ts';
import { atInstant, UTC, zoneFromValue } from '../values/temporal/zoned.ts';
import { invalidArgument } from './errors.ts';
import type { ScalarFunction } from './types.ts';

const KINDS: TemporalKind[] = ['date', 'localtime', 'time', 'localdatetime', 'datetime'];

function scalar(name: string, minArgs: number, maxArgs: number, description: string, fn: (args: Value[]) => Value): ScalarFunction {
  return { name, aggregate: false, minArgs, maxArgs, returns: 'ANY', deterministic: false, description, fn };
}

/** The current time, in UTC or in the zone given (as a string or as {timezone: …}). */
function current(kind: TemporalKind, zoneArg: Value | undefined, realtime: boolean): Value {
  if (zoneArg === null) return null;
  const zoneValue = isMap(zoneArg) ? zoneArg.timezone : zoneArg;
  const zone = zoneValue === undefined || zoneValue === null ? UTC : zoneFromValue(zoneValue);
  if (!realtime) return now(kind, zone);
  const { seconds, nanos } = realtimeInstant();
  return fromTemporal(kind, atInstant(seconds, nanos, zone));
}

function constructors(kind: TemporalKind): ScalarFunction[] {
  return [
    scalar(kind, 0, 1, `${kind}(x): a ${kind} from an ISO 8601 string, a map of fields or another temporal value; the current one without argument`, (args) =>
      construct(kind, args[0]),
    ),
    scalar(`${kind}.transaction`, 0, 1, `${kind}.transaction([zone]): the current ${kind} (the same during a statement)`, (args) => current(kind, args[0], false)),
    scalar(`${kind}.statement`, 0, 1, `${kind}.statement([zone]): the current ${kind} (the same during a statement)`, (args) => current(kind, args[0], false)),
    scalar(`${kind}.realtime`, 0, 1, `${kind}.realtime([zone]): the current ${kind}, read from the clock each time`, (args) => current(kind, args[0], true)),
    scalar(`${kind}.truncate`, 2, 3, `${kind}.truncate(unit, value[, fields]): value cut to the start of the unit ('year', 'month', 'day', 'hour', …), then fields set`, (args) =>
      truncate(kind, args[0]!, args[1]!, args[2]),
    ),
  ];
}

function integerArgument(fn: string, v: Value): number {
  const n = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : NaN;
  if (!Number.isInteger(n)) throw invalidArgument(fn, v, 'integers');
  return n;
}

/** A duration from an ISO 8601 string or a map of (possibly fractional) components. */
function duration(v: Value): Value {
  if (typeof v === 'string') return parseDuration(v);
  if (!isMap(v)) throw invalidArgument('duration', v, 'a string or a map');
  const n = (key: string): number => {
    const x = v[key];
    if (x === undefined || x === null) return 0;
    if (typeof x === 'number' || typeof x === 'bigint') return Number(x);
    if (x instanceof CypherFloat) return x.value;
    throw runtimeError('TypeError', 'InvalidArgumentType', `duration() field ${key} must be a number, got ${String(x)}`);
  };
  const months = n('years') * 12 + n('quarters') * 3 + n('months');
  const days = n('weeks') * 7 + n('days');
  const seconds = n('hours') * 3600 + n('minutes') * 60 + n('seconds');
  const nanos = n('milliseconds') * 1_000_000 + n('microseconds') * 1000 + n('nanoseconds');
  return durationOf(months, days, seconds, nanos);
}

function betweenFunction(name: string, unit: BetweenUnit, what: string): ScalarFunction {
  return {
    name: `duration.${name}`,
    aggregate: false,
    minArgs: 2,
    maxArgs: 2,
    returns: 'ANY',
    description: `duration.${name}(from, to): ${what} from one temporal value to another`,
    fn: ([a, b]) => durationBetween(unit, a!, b!, name),
  };
}

export const temporalFunctions: ScalarFunction[] = [
  ...KINDS.flatMap(constructors),
  {
    name: 'datetime.fromepoch',
    aggregate: false,
    minArgs: 2,
    maxArgs: 2,
    returns: 'ANY',
    description: 'datetime.fromepoch(seconds, nanoseconds): the UTC datetime that many seconds after 1970-01-01T00:00Z',
    fn: ([s, ns]) => fromEpoch(integerArgument('datetime.fromepoch', s!), integerArgument('datetime.fromepoch', ns!)),
  },
  {
    name: 'datetime.fromepochmillis',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    returns: 'ANY',
    description: 'datetime.fromepochmillis(milliseconds): the UTC datetime that many milliseconds after 1970-01-01T00:00Z',
    fn: ([ms]) => {
      const n = integerArgument('datetime.fromepochmillis', ms!);
      return fromEpoch(Math.floor(n / 1000), (n - Math.floor(n / 1000) * 1000) * 1_000_000);
    },
  },
  {
    name: 'duration',
    aggregate: false,
    minArgs: 1,
    maxArgs: 1,
    returns: 'ANY',
    description: "duration(x): a duration from an ISO 8601 string ('P1Y2M3DT4H') or a map ({days: 14, hours: 16})",
    fn: ([v]) => (v instanceof TemporalValue ? v : duration(v!)),
  },
  betweenFunction('between', 'all', 'the duration in months, days and time'),
  betweenFunction('inMonths', 'months', 'the whole months'),
  betweenFunction('inDays', 'days', 'the whole days'),
  betweenFunction('inSeconds', 'seconds', 'the exact time'),
];
