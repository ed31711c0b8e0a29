/**
 * DURATION: months, days and seconds kept apart (a month or a day has no fixed length in seconds),
 * nanoseconds in 0..999,999,999. Fractions cascade down: a fraction of a month becomes days and
 * seconds at the average month (2,629,746 s), a fraction of a day seconds, of a second nanoseconds.
 */
import { TemporalValue } from '../types.ts';
import type { TemporalTypeName, Value } from '../types.ts';
import { floorDiv, floorMod, NANOS_PER_SECOND, SECONDS_PER_DAY } from './calendar.ts';

export const SECONDS_PER_AVERAGE_MONTH = 2_629_746;

export class DurationValue extends TemporalValue {
  readonly type: TemporalTypeName = 'DURATION';
  constructor(
    readonly months: number,
    readonly days: number,
    readonly seconds: number,
    readonly nanos: number,
  ) {
    super();
  }

  override toString(): string {
    let text = 'P';
    const years = Math.trunc(this.months / 12);
    const months = this.months % 12;
    if (years !== 0) text += `${years}Y`;
    if (months !== 0) text += `${months}M`;
    if (this.days !== 0) text += `${this.days}D`;
    const total = BigInt(this.seconds) * 1_000_000_000n + BigInt(this.nanos);
    if (total !== 0n) text += 'T' + formatTimePart(total);
    return text === 'P' ? 'PT0S' : text;
  }

  component(name: string): Value | undefined {
    const totalSeconds = this.seconds;
    switch (name) {
      case 'years':
        return Math.trunc(this.months / 12);
      case 'quarters':
        return Math.trunc(this.months / 3);
      case 'months':
        return this.months;
      case 'weeks':
        return Math.trunc(this.days / 7);
      case 'days':
        return this.days;
      case 'hours':
        return Math.trunc(totalSeconds / 3600);
      case 'minutes':
        return Math.trunc(totalSeconds / 60);
      case 'seconds':
        return totalSeconds;
      case 'milliseconds':
        return totalSeconds * 1000 + Math.floor(this.nanos / 1_000_000);
      case 'microseconds':
        return totalSeconds * 1_000_000 + Math.floor(this.nanos / 1000);
      case 'nanoseconds':
        return exactInteger(BigInt(totalSeconds) * 1_000_000_000n + BigInt(this.nanos));
      case 'quartersOfYear':
        return Math.trunc((this.months % 12) / 3);
      case 'monthsOfQuarter':
        return this.months % 3;
      case 'monthsOfYear':
        return this.months % 12;
      case 'daysOfWeek':
        return this.days % 7;
      case 'minutesOfHour':
        return Math.trunc(totalSeconds / 60) % 60;
      case 'secondsOfMinute':
        return totalSeconds % 60;
      case 'millisecondsOfSecond':
        return Math.floor(this.nanos / 1_000_000);
      case 'microsecondsOfSecond':
        return Math.floor(this.nanos / 1000);
      case 'nanosecondsOfSecond':
        return this.nanos;
    }
    return undefined;
  }

  negate(): DurationValue {
    return normalized(-this.months, -this.days, -this.seconds, -this.nanos);
  }

  plus(other: DurationValue): DurationValue {
    return normalized(this.months + other.months, this.days + other.days, this.seconds + other.seconds, this.nanos + other.nanos);
  }

  /** Every component scaled; fractions cascade down as in construction. */
  times(factor: number): DurationValue {
    return durationOf(this.months * factor, this.days * factor, this.seconds * factor, this.nanos * factor);
  }

  /** Seconds and nanoseconds as one exact number of nanoseconds. */
  totalNanos(): bigint {
    return BigInt(this.seconds) * 1_000_000_000n + BigInt(this.nanos);
  }
}

function exactInteger(x: bigint): number | bigint {
  return x >= BigInt(Number.MIN_SAFE_INTEGER) && x <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(x) : x;
}

/** `1H2M3.5S` from signed nanoseconds: each unit carries the sign, trailing zeros of the fraction go. */
function formatTimePart(total: bigint): string {
  const negative = total < 0n;
  const abs = negative ? -total : total;
  const sign = negative ? '-' : '';
  const hours = abs / 3_600_000_000_000n;
  const minutes = (abs / 60_000_000_000n) % 60n;
  const nanosOfMinute = abs % 60_000_000_000n;
  let text = '';
  if (hours !== 0n) text += `${sign}${hours}H`;
  if (minutes !== 0n) text += `${sign}${minutes}M`;
  if (nanosOfMinute !== 0n) {
    const whole = nanosOfMinute / 1_000_000_000n;
    const fraction = (nanosOfMinute % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
    text += `${sign}${whole}${fraction ? '.' + fraction : ''}S`;
  }
  return text;
}

/** A duration from integral components, nanoseconds carried into seconds. */
export function normalized(months: number, days: number, seconds: number, nanos: number): DurationValue {
  const carry = floorDiv(nanos, NANOS_PER_SECOND);
  return new DurationValue(months || 0, days || 0, seconds + carry || 0, floorMod(nanos, NANOS_PER_SECOND) || 0);
}

/** Nanoseconds rounded to a thousandth first, so float noise (0.3e9 = 299999999.99999994) does not cost one. */
function wholeNanos(x: number): number {
  return Math.trunc(Math.round(x * 1000) / 1000);
}

/** A duration from possibly fractional components, fractions cascading down to nanoseconds. */
export function durationOf(months: number, days: number, seconds: number, nanos: number): DurationValue {
  const wholeMonths = Math.trunc(months);
  const monthSeconds = (months - wholeMonths) * SECONDS_PER_AVERAGE_MONTH;
  const monthDays = Math.trunc(monthSeconds / SECONDS_PER_DAY);
  const wholeDays = Math.trunc(days);
  const restSeconds = seconds + (days - wholeDays) * SECONDS_PER_DAY + (monthSeconds - monthDays * SECONDS_PER_DAY);
  const wholeSeconds = Math.trunc(restSeconds);
  const fractionNanos = wholeNanos((restSeconds - wholeSeconds) * NANOS_PER_SECOND + nanos);
  return normalized(wholeMonths, wholeDays + monthDays, wholeSeconds, fractionNanos);
}

/** A duration of an exact number of nanoseconds (no months or days). */
export function durationOfNanos(total: bigint, months = 0, days = 0): DurationValue {
  const seconds = total / 1_000_000_000n;
  const nanos = total % 1_000_000_000n;
  return normalized(months, days, Number(seconds), Number(nanos));
}
