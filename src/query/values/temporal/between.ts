/**
 * duration.between(a, b) and duration.inMonths / inDays / inSeconds, as java.time counts: whole
 * months on the wall clock (the time of day decides whether the last month is complete), then whole
 * days, then the exact time left (across an offset change in a named zone, the real elapsed time).
 * A value without a date sits on the other value's date; a value without a zone in the other's zone.
 * Between two values without dates there are no months or days.
 */
import { runtimeError } from '../../errors.ts';
import { TemporalValue } from '../types.ts';
import type { Value } from '../types.ts';
import { monthsBetweenDates, NANOS_PER_SECOND, plusMonths, SECONDS_PER_DAY } from './calendar.ts';
import { datePart, timePart, zonePart } from './construct.ts';
import { DurationValue, durationOfNanos } from './duration.ts';
import { DateTimeValue } from './temporal-values.ts';
import { atInstant, offsetForLocal } from './zoned.ts';
import type { Zone } from './zoned.ts';

export type BetweenUnit = 'all' | 'months' | 'days' | 'seconds';

interface Point {
  epochDay: number;
  nanoOfDay: number;
  zone: Zone | undefined;
}

function instantNanos(p: Point, zone: Zone | undefined): bigint {
  const offset = zone === undefined ? 0 : offsetForLocal(zone, p.epochDay, p.nanoOfDay);
  return (BigInt(p.epochDay) * BigInt(SECONDS_PER_DAY) - BigInt(offset)) * BigInt(NANOS_PER_SECOND) + BigInt(p.nanoOfDay);
}

/** The day java.time counts to: one less (more) when the end's time of day has not reached the start's. */
function adjustedEndDay(from: Point, to: Point): number {
  if (to.epochDay > from.epochDay && to.nanoOfDay < from.nanoOfDay) return to.epochDay - 1;
  if (to.epochDay < from.epochDay && to.nanoOfDay > from.nanoOfDay) return to.epochDay + 1;
  return to.epochDay;
}

function checkTemporal(v: Value, fn: string): TemporalValue {
  if (v instanceof TemporalValue && !(v instanceof DurationValue)) return v;
  throw runtimeError('TypeError', 'InvalidArgumentType', `duration.${fn}() expects two temporal values (not durations), got ${String(v)}`);
}

export function durationBetween(unit: BetweenUnit, a: Value, b: Value, fn: string): Value {
  if (a === null || b === null) return null;
  const from = checkTemporal(a, fn);
  const to = checkTemporal(b, fn);
  const fromDay = datePart(from);
  const toDay = datePart(to);
  const fromZone = zonePart(from);
  const toZone = zonePart(to);
  const zone = fromZone ?? toZone;
  const start: Point = { epochDay: fromDay ?? toDay ?? 0, nanoOfDay: timePart(from) ?? 0, zone };
  let end: Point = { epochDay: toDay ?? fromDay ?? 0, nanoOfDay: timePart(to) ?? 0, zone: toZone ?? fromZone };
  if (fromDay === undefined || toDay === undefined) {
    if (unit === 'months' || unit === 'days') return new DurationValue(0, 0, 0, 0);
    return durationOfNanos(instantNanos(end, end.zone) - instantNanos(start, start.zone));
  }
  if (fromZone !== undefined && toZone !== undefined && to instanceof DateTimeValue) {
    // Both zoned: the end is seen on the start's wall clock.
    const seen = atInstant(to.epochSeconds(), to.nanoOfSecond(), fromZone);
    end = { epochDay: seen.epochDay, nanoOfDay: seen.nanoOfDay, zone: fromZone };
  }
  if (unit === 'seconds') return durationOfNanos(instantNanos(end, end.zone) - instantNanos(start, start.zone));
  const months = unit === 'days' ? 0 : monthsBetweenDates(start.epochDay, adjustedEndDay(start, end));
  if (unit === 'months') return new DurationValue(months, 0, 0, 0);
  const afterMonths: Point = { ...start, epochDay: plusMonths(start.epochDay, months) };
  const days = adjustedEndDay(afterMonths, end) - afterMonths.epochDay;
  if (unit === 'days') return new DurationValue(0, days, 0, 0);
  const afterDays: Point = { ...afterMonths, epochDay: afterMonths.epochDay + days };
  return durationOfNanos(instantNanos(end, end.zone) - instantNanos(afterDays, afterDays.zone), months, days);
}
