/**
 * ISO 8601 texts, in the extended (`2015-07-21T21:40:32.142+01:00`) and basic (`20150721T214032`)
 * forms, with week (`2015-W30-2`) and ordinal (`2015-202`) dates, reduced precision (`2015-07`,
 * `21:40`), offsets and `[Zone/Name]` suffixes; durations `P1Y2M3W4DT5H6M7.5S` and `P2012-02-02T14:37:21`.
 */
import { runtimeError } from '../../errors.ts';
import { daysInMonth, daysInYear, epochDayOf, fromOrdinalDate, fromWeekDate, NANOS_PER_SECOND } from './calendar.ts';
import { durationOf } from './duration.ts';
import type { DurationValue } from './duration.ts';
import { checkZoneName, parseOffset } from './zones.ts';

export interface ParsedTime {
  nanoOfDay: number;
  /** Seconds east of UTC when the text has an offset. */
  offset?: number;
  /** Zone name when the text has a `[Zone/Name]` suffix. */
  zone?: string;
}

const DATE = /^(?<year>\d{4}|[+-]\d{4,9})(?:(?<sep>-?)(?:W(?<week>\d{2})(?:\k<sep>(?<dow>\d))?|(?<month>\d{2})(?:\k<sep>(?<day>\d{2}))?|(?<ordinal>\d{3})))?$/;
const TIME =
  /^(?<hour>\d{2})(?:(?<sep>:?)(?<minute>\d{2})(?:\k<sep>(?<second>\d{2})(?:[.,](?<fraction>\d{1,9}))?)?)?(?<offset>[Zz]|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[(?<zone>[^\]]+)\])?$/;

export function invalidText(what: string, text: string): never {
  throw runtimeError('ArgumentError', 'InvalidArgumentValue', `cannot read ${JSON.stringify(text)} as a ${what}`);
}

function inRange(value: number, min: number, max: number, what: string, text: string): number {
  if (value < min || value > max) invalidText(what, text);
  return value;
}

export function parseDate(text: string): number {
  const m = DATE.exec(text);
  if (!m?.groups) return invalidText('date', text);
  const g = m.groups;
  const year = Number(g.year);
  if (g.week !== undefined) {
    return fromWeekDate(year, inRange(Number(g.week), 1, 53, 'date', text), inRange(Number(g.dow ?? 1), 1, 7, 'date', text));
  }
  if (g.ordinal !== undefined) return fromOrdinalDate(year, inRange(Number(g.ordinal), 1, daysInYear(year), 'date', text));
  const month = inRange(Number(g.month ?? 1), 1, 12, 'date', text);
  return epochDayOf(year, month, inRange(Number(g.day ?? 1), 1, daysInMonth(year, month), 'date', text));
}

export function parseTime(text: string): ParsedTime {
  const m = TIME.exec(text);
  if (!m?.groups) return invalidText('time', text);
  const g = m.groups;
  const hour = inRange(Number(g.hour), 0, 23, 'time', text);
  const minute = inRange(Number(g.minute ?? 0), 0, 59, 'time', text);
  const second = inRange(Number(g.second ?? 0), 0, 59, 'time', text);
  const nanos = g.fraction ? Number(g.fraction.padEnd(9, '0')) : 0;
  const parsed: ParsedTime = { nanoOfDay: ((hour * 60 + minute) * 60 + second) * NANOS_PER_SECOND + nanos };
  if (g.offset !== undefined) parsed.offset = parseOffset(g.offset) ?? invalidText('time', text);
  if (g.zone !== undefined) parsed.zone = checkZoneName(g.zone);
  return parsed;
}

/** A date-time text: a date, then optionally `T` and a time (which may carry a zone). */
export function parseDateTime(text: string): { epochDay: number } & ParsedTime {
  const t = text.indexOf('T');
  if (t < 0) return { epochDay: parseDate(text), nanoOfDay: 0 };
  return { epochDay: parseDate(text.slice(0, t)), ...parseTime(text.slice(t + 1)) };
}

const NUMBER = '[+-]?\\d+(?:[.,]\\d+)?';
const DURATION = new RegExp(
  `^(?<sign>[+-])?P(?:(?<years>${NUMBER})Y)?(?:(?<months>${NUMBER})M)?(?:(?<weeks>${NUMBER})W)?(?:(?<days>${NUMBER})D)?` +
    `(?:T(?:(?<hours>${NUMBER})H)?(?:(?<minutes>${NUMBER})M)?(?:(?<seconds>${NUMBER})S)?)?$`,
  'i',
);
const DURATION_AS_DATE = /^(?<sign>[+-])?P(?<years>\d{4})-(?<months>\d{2})-(?<days>\d{2})T(?<hours>\d{2}):(?<minutes>\d{2}):(?<seconds>\d{2}(?:[.,]\d+)?)$/;

export function parseDuration(text: string): DurationValue {
  const m = DURATION.exec(text) ?? DURATION_AS_DATE.exec(text);
  if (!m?.groups || text.endsWith('T') || /^[+-]?P$/i.test(text)) return invalidText('duration', text);
  const g = m.groups;
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s.replace(',', '.')));
  const sign = g.sign === '-' ? -1 : 1;
  const months = n(g.years) * 12 + n(g.months);
  const days = n(g.weeks) * 7 + n(g.days);
  // Seconds are read exactly (21.545 is not a binary fraction): whole seconds and nanoseconds apart.
  const [whole = '0', fraction = ''] = (g.seconds ?? '0').replace(',', '.').split('.');
  const nanos = Number(fraction.padEnd(9, '0').slice(0, 9)) * (whole.startsWith('-') ? -1 : 1);
  const seconds = n(g.hours) * 3600 + n(g.minutes) * 60 + Number(whole);
  return durationOf(sign * months, sign * days, sign * seconds, sign * nanos);
}
