/**
 * `+`, `-`, `*` and `/` with temporal operands: a temporal value plus or minus a duration (months
 * first, then days, then the time), durations added and subtracted component-wise, durations
 * multiplied and divided by numbers. Anything else is not defined (undefined).
 */
import { CypherFloat, TemporalValue } from '../types.ts';
import type { Value } from '../types.ts';
import { floorDiv, floorMod, NANOS_PER_DAY, NANOS_PER_SECOND, plusMonths, SECONDS_PER_DAY } from './calendar.ts';
import { DurationValue } from './duration.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './temporal-values.ts';
import { atInstant, atLocal, zoneOfDateTime } from './zoned.ts';

/** Seconds and nanoseconds of a duration within one day, as nanoseconds in 0..24h. */
function timeOfDayNanos(d: DurationValue): number {
  return floorMod(d.seconds, SECONDS_PER_DAY) * NANOS_PER_SECOND + d.nanos;
}

/** Local date-time plus a duration: months, days, then the time (carrying into days). */
function plusLocal(epochDay: number, nanoOfDay: number, d: DurationValue): { epochDay: number; nanoOfDay: number } {
  const day = plusMonths(epochDay, d.months) + d.days;
  const nanos = nanoOfDay + timeOfDayNanos(d);
  return { epochDay: day + floorDiv(d.seconds, SECONDS_PER_DAY) + floorDiv(nanos, NANOS_PER_DAY), nanoOfDay: floorMod(nanos, NANOS_PER_DAY) };
}

export function plusDuration(t: TemporalValue, d: DurationValue): TemporalValue {
  if (t instanceof DurationValue) return t.plus(d);
  if (t instanceof DateValue) {
    // A date moves by whole days only: the time part counts in whole days, toward zero.
    const wholeDays = Math.trunc((d.seconds + d.nanos / NANOS_PER_SECOND) / SECONDS_PER_DAY);
    return new DateValue(plusMonths(t.epochDay, d.months) + d.days + wholeDays);
  }
  if (t instanceof LocalTimeValue) return new LocalTimeValue(floorMod(t.nanoOfDay + timeOfDayNanos(d), NANOS_PER_DAY));
  if (t instanceof TimeValue) return new TimeValue(floorMod(t.nanoOfDay + timeOfDayNanos(d), NANOS_PER_DAY), t.offset);
  if (t instanceof LocalDateTimeValue) {
    const r = plusLocal(t.epochDay, t.nanoOfDay, d);
    return new LocalDateTimeValue(r.epochDay, r.nanoOfDay);
  }
  const dt = t as DateTimeValue;
  if (dt.zone === null) {
    const r = plusLocal(dt.epochDay, dt.nanoOfDay, d);
    return new DateTimeValue(r.epochDay, r.nanoOfDay, dt.offset, null);
  }
  // In a named zone, months and days move the wall clock; the time moves the instant.
  const zone = zoneOfDateTime(dt);
  const moved = atLocal(plusMonths(dt.epochDay, d.months) + d.days, dt.nanoOfDay, zone);
  const nanos = moved.nanoOfSecond() + d.nanos;
  return atInstant(moved.epochSeconds() + d.seconds + floorDiv(nanos, NANOS_PER_SECOND), floorMod(nanos, NANOS_PER_SECOND), zone);
}

function asNumber(v: Value): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof CypherFloat) return v.value;
  return undefined;
}

/** The result of `a op b` when an operand is temporal, or undefined when the operation is not defined. */
export function temporalArithmetic(op: '+' | '-' | '*' | '/', a: Value, b: Value): Value | undefined {
  switch (op) {
    case '+':
      if (b instanceof DurationValue && a instanceof TemporalValue) return plusDuration(a, b);
      if (a instanceof DurationValue && b instanceof TemporalValue) return plusDuration(b, a);
      return undefined;
    case '-':
      if (b instanceof DurationValue && a instanceof TemporalValue) return plusDuration(a, b.negate());
      return undefined;
    case '*': {
      const [d, n] = a instanceof DurationValue ? [a, asNumber(b)] : b instanceof DurationValue ? [b, asNumber(a)] : [undefined, undefined];
      return d && n !== undefined ? d.times(n) : undefined;
    }
    case '/': {
      const n = asNumber(b);
      return a instanceof DurationValue && n !== undefined && n !== 0 ? a.times(1 / n) : undefined;
    }
  }
}
