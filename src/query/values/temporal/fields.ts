/**
 * Date and time fields of a construction map (`{year: 1984, week: 10, dayOfWeek: 3, hour: 12}`),
 * resolved over an optional base value whose fields fill in the ones the map leaves out, as in
 * `date({date: other, day: 28})`. A date is read in one of four forms, chosen by the keys present:
 * calendar (year, month, day), week (year, week, dayOfWeek), ordinal (year, ordinalDay) or quarter
 * (year, quarter, dayOfQuarter).
 */
import { runtimeError } from '../../errors.ts';
import type { CypherMap, Value } from '../types.ts';
import { CypherFloat } from '../types.ts';
import {
  civilOf,
  dayOfQuarter,
  dayOfWeek,
  daysInMonth,
  epochDayOf,
  fromOrdinalDate,
  fromQuarterDate,
  fromWeekDate,
  isoWeek,
  NANOS_PER_SECOND,
  quarterOf,
} from './calendar.ts';

const DATE_KEYS = ['year', 'month', 'day', 'week', 'dayOfWeek', 'ordinalDay', 'quarter', 'dayOfQuarter'];
const TIME_KEYS = ['hour', 'minute', 'second', 'millisecond', 'microsecond', 'nanosecond'];
const SUBSECOND_KEYS = ['millisecond', 'microsecond', 'nanosecond'];

function invalidField(key: string, v: Value, range: string): never {
  throw runtimeError('ArgumentError', 'InvalidArgumentValue', `temporal field ${key} must be ${range}, got ${String(v)}`);
}

/** An integer field of the map, or undefined when absent or null. */
export function field(map: CypherMap, key: string, min = -Infinity, max = Infinity): number | undefined {
  const v = map[key];
  if (v === undefined || v === null) return undefined;
  const n = typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : v instanceof CypherFloat ? v.value : NaN;
  if (!Number.isInteger(n) || n < min || n > max) invalidField(key, v, Number.isFinite(min) ? `an integer in ${min}..${max}` : 'an integer');
  return n;
}

function has(map: CypherMap, key: string): boolean {
  return map[key] !== undefined && map[key] !== null;
}

export function hasDateFields(map: CypherMap): boolean {
  return DATE_KEYS.some((k) => has(map, k));
}

export function hasTimeFields(map: CypherMap): boolean {
  return TIME_KEYS.some((k) => has(map, k));
}

function required(v: number | undefined, key: string): number {
  if (v === undefined) throw runtimeError('ArgumentError', 'InvalidArgumentValue', `a date needs a ${key}`);
  return v;
}

/** The epoch day the map's date fields describe, over `base` (an epoch day) when given. */
export function resolveDate(map: CypherMap, base: number | undefined): number {
  if (!hasDateFields(map)) return required(base, 'year');
  const baseCivil = base === undefined ? undefined : civilOf(base);
  if (has(map, 'week') || has(map, 'dayOfWeek')) {
    const baseWeek = base === undefined ? undefined : isoWeek(base);
    const weekYear = required(field(map, 'year') ?? baseWeek?.weekYear, 'year');
    const week = field(map, 'week', 1, 53) ?? baseWeek?.week ?? 1;
    const dow = field(map, 'dayOfWeek', 1, 7) ?? (base === undefined ? 1 : dayOfWeek(base));
    return fromWeekDate(weekYear, week, dow);
  }
  const year = required(field(map, 'year') ?? baseCivil?.year, 'year');
  if (has(map, 'ordinalDay')) return fromOrdinalDate(year, field(map, 'ordinalDay', 1, 366)!);
  if (has(map, 'quarter') || has(map, 'dayOfQuarter')) {
    const quarter = field(map, 'quarter', 1, 4) ?? (baseCivil ? quarterOf(baseCivil.month) : 1);
    const doq = field(map, 'dayOfQuarter', 1, 92) ?? (base === undefined ? 1 : dayOfQuarter(base));
    return fromQuarterDate(year, quarter, doq);
  }
  const month = field(map, 'month', 1, 12) ?? baseCivil?.month ?? 1;
  const day = field(map, 'day', 1, 31) ?? baseCivil?.day ?? 1;
  if (day > daysInMonth(year, month)) invalidField('day', day, `at most ${daysInMonth(year, month)} in ${year}-${month}`);
  return epochDayOf(year, month, day);
}

/**
 * Nanoseconds of the day the map's time fields describe, over `base` when given. Sub-second fields
 * add up (`{millisecond: 123, microsecond: 456, nanosecond: 789}` is .123456789); they replace the
 * base's fraction, or with `addToBaseFraction` (truncation) are added to it.
 */
export function resolveTime(map: CypherMap, base: number | undefined, addToBaseFraction = false): number {
  const b = base ?? 0;
  if (!hasTimeFields(map)) return b;
  const baseSeconds = Math.floor(b / NANOS_PER_SECOND);
  const hour = field(map, 'hour', 0, 23) ?? Math.floor(baseSeconds / 3600);
  const minute = field(map, 'minute', 0, 59) ?? Math.floor(baseSeconds / 60) % 60;
  const second = field(map, 'second', 0, 59) ?? baseSeconds % 60;
  const baseFraction = b % NANOS_PER_SECOND;
  let fraction = baseFraction;
  if (SUBSECOND_KEYS.some((k) => has(map, k))) {
    const given = (field(map, 'millisecond', 0, 999) ?? 0) * 1_000_000 + (field(map, 'microsecond', 0, 999_999) ?? 0) * 1000 + (field(map, 'nanosecond', 0, 999_999_999) ?? 0);
    fraction = addToBaseFraction ? baseFraction + given : given;
    if (fraction >= NANOS_PER_SECOND) invalidField('nanosecond', fraction, 'less than a second in total');
  }
  return ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + fraction;
}
