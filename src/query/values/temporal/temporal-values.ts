/**
 * The six temporal types of Cypher. Instants are kept as epoch days and nanoseconds of the day
 * (local), plus the offset in seconds east of UTC and the zone name for the zoned types.
 */
import { TemporalValue } from '../types.ts';
import type { TemporalTypeName, Value } from '../types.ts';
import {
  civilOf,
  dayOfQuarter,
  dayOfWeek,
  isoWeek,
  NANOS_PER_SECOND,
  ordinalDay,
  quarterOf,
  SECONDS_PER_DAY,
} from './calendar.ts';
import { formatOffset } from './zones.ts';
import type { ZoneName } from './zones.ts';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** ISO years: four digits within 0000-9999, else signed (`+12345`, `-0044`). */
function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 4);
}

export function formatDate(epochDay: number): string {
  const { year, month, day } = civilOf(epochDay);
  return `${formatYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** HH:MM, then :SS and a fraction of 3, 6 or 9 digits only when needed (java.time's form). */
export function formatTime(nanoOfDay: number): string {
  const nanos = nanoOfDay % NANOS_PER_SECOND;
  const totalSeconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  const hh = pad(Math.floor(totalSeconds / 3600), 2);
  const mm = pad(Math.floor(totalSeconds / 60) % 60, 2);
  const ss = totalSeconds % 60;
  if (ss === 0 && nanos === 0) return `${hh}:${mm}`;
  let text = `${hh}:${mm}:${pad(ss, 2)}`;
  if (nanos !== 0) {
    const digits = pad(nanos, 9);
    text += '.' + (nanos % 1_000_000 === 0 ? digits.slice(0, 3) : nanos % 1000 === 0 ? digits.slice(0, 6) : digits);
  }
  return text;
}

function dateComponent(epochDay: number, name: string): number | undefined {
  switch (name) {
    case 'year':
      return civilOf(epochDay).year;
    case 'quarter':
      return quarterOf(civilOf(epochDay).month);
    case 'month':
      return civilOf(epochDay).month;
    case 'week':
      return isoWeek(epochDay).week;
    case 'weekYear':
      return isoWeek(epochDay).weekYear;
    case 'day':
      return civilOf(epochDay).day;
    case 'ordinalDay':
      return ordinalDay(epochDay);
    case 'weekDay':
    case 'dayOfWeek':
      return dayOfWeek(epochDay);
    case 'dayOfQuarter':
      return dayOfQuarter(epochDay);
  }
  return undefined;
}

function timeComponent(nanoOfDay: number, name: string): number | undefined {
  const nanos = nanoOfDay % NANOS_PER_SECOND;
  const seconds = Math.floor(nanoOfDay / NANOS_PER_SECOND);
  switch (name) {
    case 'hour':
      return Math.floor(seconds / 3600);
    case 'minute':
      return Math.floor(seconds / 60) % 60;
    case 'second':
      return seconds % 60;
    case 'millisecond':
      return Math.floor(nanos / 1_000_000);
    case 'microsecond':
      return Math.floor(nanos / 1000);
    case 'nanosecond':
      return nanos;
  }
  return undefined;
}

function zoneComponent(offset: number, zone: ZoneName, name: string): Value | undefined {
  switch (name) {
    case 'timezone':
      return zone ?? formatOffset(offset);
    case 'offset':
      return formatOffset(offset);
    case 'offsetMinutes':
      return Math.trunc(offset / 60);
    case 'offsetSeconds':
      return offset;
  }
  return undefined;
}

export class DateValue extends TemporalValue {
  readonly type: TemporalTypeName = 'DATE';
  constructor(readonly epochDay: number) {
    super();
  }
  override toString(): string {
    return formatDate(this.epochDay);
  }
  component(name: string): Value | undefined {
    return dateComponent(this.epochDay, name);
  }
}

export class LocalTimeValue extends TemporalValue {
  readonly type: TemporalTypeName = 'LOCAL TIME';
  constructor(readonly nanoOfDay: number) {
    super();
  }
  override toString(): string {
    return formatTime(this.nanoOfDay);
  }
  component(name: string): Value | undefined {
    return timeComponent(this.nanoOfDay, name);
  }
}

export class TimeValue extends TemporalValue {
  readonly type: TemporalTypeName = 'ZONED TIME';
  constructor(
    readonly nanoOfDay: number,
    readonly offset: number,
  ) {
    super();
  }
  override toString(): string {
    return formatTime(this.nanoOfDay) + formatOffset(this.offset);
  }
  component(name: string): Value | undefined {
    return timeComponent(this.nanoOfDay, name) ?? zoneComponent(this.offset, null, name);
  }
  /** Nanoseconds of the day in UTC (may fall outside 0..24h): what times compare on. */
  utcNanos(): number {
    return this.nanoOfDay - this.offset * NANOS_PER_SECOND;
  }
}

export class LocalDateTimeValue extends TemporalValue {
  readonly type: TemporalTypeName = 'LOCAL DATETIME';
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
  ) {
    super();
  }
  override toString(): string {
    return `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}`;
  }
  component(name: string): Value | undefined {
    return dateComponent(this.epochDay, name) ?? timeComponent(this.nanoOfDay, name);
  }
}

export class DateTimeValue extends TemporalValue {
  readonly type: TemporalTypeName = 'ZONED DATETIME';
  /** Local date and time in `zone` (or at `offset`), the offset in force then. */
  constructor(
    readonly epochDay: number,
    readonly nanoOfDay: number,
    readonly offset: number,
    readonly zone: ZoneName,
  ) {
    super();
  }
  override toString(): string {
    const text = `${formatDate(this.epochDay)}T${formatTime(this.nanoOfDay)}${formatOffset(this.offset)}`;
    return this.zone === null ? text : `${text}[${this.zone}]`;
  }
  /** Whole seconds since 1970-01-01T00:00Z. */
  epochSeconds(): number {
    return this.epochDay * SECONDS_PER_DAY + Math.floor(this.nanoOfDay / NANOS_PER_SECOND) - this.offset;
  }
  nanoOfSecond(): number {
    return this.nanoOfDay % NANOS_PER_SECOND;
  }
  component(name: string): Value | undefined {
    if (name === 'epochSeconds') return this.epochSeconds();
    if (name === 'epochMillis') return this.epochSeconds() * 1000 + Math.floor(this.nanoOfSecond() / 1_000_000);
    return dateComponent(this.epochDay, name) ?? timeComponent(this.nanoOfDay, name) ?? zoneComponent(this.offset, this.zone, name);
  }
}
