/**
 * date.truncate(unit, value, map) and its siblings: the value cut down to the start of its
 * millennium, century, decade, year, week-based year, quarter, month, week, day, hour, minute,
 * second, millisecond or microsecond; then the map's fields set (sub-second fields added to what
 * remains of the fraction) and, for the zoned kinds, its `timezone` given to the local result.
 */
import { runtimeError } from '../../errors.ts';
import { isMap, TemporalValue } from '../types.ts';
import type { CypherMap, Value } from '../types.ts';
import { civilOf, dayOfWeek, epochDayOf, floorDiv, isoWeek, NANOS_PER_SECOND, quarterOf, weekYearStart } from './calendar.ts';
import { datePart, timePart, zonePart } from './construct.ts';
import type { TemporalKind } from './construct.ts';
import { resolveDate, resolveTime } from './fields.ts';
import { DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './temporal-values.ts';
import { atLocal, offsetForLocal, UTC, zoneFromValue } from './zoned.ts';

const DATE_UNITS: Record<string, (epochDay: number) => number> = {
  millennium: (d) => epochDayOf(floorDiv(civilOf(d).year, 1000) * 1000, 1, 1),
  century: (d) => epochDayOf(floorDiv(civilOf(d).year, 100) * 100, 1, 1),
  decade: (d) => epochDayOf(floorDiv(civilOf(d).year, 10) * 10, 1, 1),
  year: (d) => epochDayOf(civilOf(d).year, 1, 1),
  weekYear: (d) => weekYearStart(isoWeek(d).weekYear),
  quarter: (d) => {
    const { year, month } = civilOf(d);
    return epochDayOf(year, (quarterOf(month) - 1) * 3 + 1, 1);
  },
  month: (d) => {
    const { year, month } = civilOf(d);
    return epochDayOf(year, month, 1);
  },
  week: (d) => d - (dayOfWeek(d) - 1),
  day: (d) => d,
};

/** Nanoseconds per time unit: a time of day is truncated to a multiple of it. */
const TIME_UNITS: Record<string, number> = {
  day: 86_400 * NANOS_PER_SECOND,
  hour: 3600 * NANOS_PER_SECOND,
  minute: 60 * NANOS_PER_SECOND,
  second: NANOS_PER_SECOND,
  millisecond: 1_000_000,
  microsecond: 1000,
};

function badUnit(kind: TemporalKind, unit: Value): never {
  throw runtimeError('ArgumentError', 'InvalidArgumentValue', `${kind}.truncate() cannot truncate to ${JSON.stringify(unit)}`);
}

function noDate(kind: TemporalKind, value: TemporalValue): never {
  throw runtimeError('ArgumentError', 'InvalidArgumentValue', `${kind}.truncate() needs a value with a date, got ${value.type} ${String(value)}`);
}

export function truncate(kind: TemporalKind, unit: Value, value: Value, fields: Value | undefined): Value {
  if (unit === null || value === null) return null;
  if (typeof unit !== 'string') return badUnit(kind, unit);
  if (!(value instanceof TemporalValue)) throw runtimeError('TypeError', 'InvalidArgumentType', `${kind}.truncate() expects a temporal value, got ${String(value)}`);
  const map: CypherMap = fields === undefined || fields === null ? {} : isMap(fields) ? fields : badUnit(kind, fields);
  const isDateUnit = unit in DATE_UNITS;
  if (!isDateUnit && !(unit in TIME_UNITS)) return badUnit(kind, unit);
  const day = datePart(value);
  const time = timePart(value) ?? 0;
  let truncatedDay: number | undefined;
  if (kind === 'date' || kind === 'localdatetime' || kind === 'datetime') {
    if (day === undefined) return noDate(kind, value);
    truncatedDay = resolveDate(map, isDateUnit ? DATE_UNITS[unit]!(day) : day);
  } else if (isDateUnit && unit !== 'day') return badUnit(kind, unit);
  const truncatedTime = resolveTime(map, isDateUnit ? 0 : time - (time % TIME_UNITS[unit]!), true);
  const zone = map.timezone === undefined || map.timezone === null ? zonePart(value) : zoneFromValue(map.timezone);
  switch (kind) {
    case 'date':
      return new DateValue(truncatedDay!);
    case 'localdatetime':
      return new LocalDateTimeValue(truncatedDay!, truncatedTime);
    case 'datetime':
      return atLocal(truncatedDay!, truncatedTime, zone ?? UTC);
    case 'localtime':
      return new LocalTimeValue(truncatedTime);
    case 'time':
      return new TimeValue(truncatedTime, zone === undefined ? 0 : offsetForLocal(zone, day ?? 0, truncatedTime));
  }
}
