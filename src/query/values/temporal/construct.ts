/**
 * The constructor functions date(), localtime(), time(), localdatetime() and datetime(): from an
 * ISO 8601 string, from a map of fields (optionally over `date`, `time` or `datetime` base values),
 * from another temporal value (selecting the parts it has), or, without argument, the current time.
 */
import { runtimeError } from '../../errors.ts';
import { isMap, TemporalValue } from '../types.ts';
import type { CypherMap, Value } from '../types.ts';
import { floorDiv, floorMod, NANOS_PER_DAY, NANOS_PER_SECOND } from './calendar.ts';
import { field, hasDateFields, hasTimeFields, resolveDate, resolveTime } from './fields.ts';
import { parseDate, parseDateTime, parseTime } from './parse-temporal.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './temporal-values.ts';
import { atInstant, atLocal, UTC, zoneFromValue, zoneOfDateTime } from './zoned.ts';
import type { Zone } from './zoned.ts';
import { currentInstant } from './clock.ts';
import { zoneOffsetAt } from './zones.ts';

export type TemporalKind = 'date' | 'localtime' | 'time' | 'localdatetime' | 'datetime';

/** The local date of a value that has one. */
export function datePart(v: Value): number | undefined {
  if (v instanceof DateValue || v instanceof LocalDateTimeValue || v instanceof DateTimeValue) return v.epochDay;
  return undefined;
}

/** The local time of day of a value that has one. */
export function timePart(v: Value): number | undefined {
  if (v instanceof LocalTimeValue || v instanceof TimeValue || v instanceof LocalDateTimeValue || v instanceof DateTimeValue) return v.nanoOfDay;
  return undefined;
}

/** The zone of a zoned value: a time's offset, a date-time's zone. */
export function zonePart(v: Value): Zone | undefined {
  if (v instanceof TimeValue) return { offset: v.offset, name: null };
  if (v instanceof DateTimeValue) return zoneOfDateTime(v);
  return undefined;
}

function cannotBuild(kind: TemporalKind, v: Value): never {
  throw runtimeError('TypeError', 'InvalidArgumentType', `${kind}() cannot be built from ${v instanceof TemporalValue ? v.type : typeof v} ${String(v)}`);
}

/** A temporal value of `kind` from the constructor's argument (undefined: none, the current time). */
export function construct(kind: TemporalKind, arg: Value | undefined): Value {
  if (arg === null) return null;
  if (arg === undefined) return now(kind, UTC);
  if (typeof arg === 'string') return fromString(kind, arg);
  if (arg instanceof TemporalValue) return fromTemporal(kind, arg);
  if (isMap(arg)) return fromMap(kind, arg);
  return cannotBuild(kind, arg);
}

/** The current time in a zone (date.transaction('Europe/Paris') and the like). */
export function now(kind: TemporalKind, zone: Zone): Value {
  const { seconds, nanos } = currentInstant();
  return fromTemporal(kind, atInstant(seconds, nanos, zone));
}

function fromString(kind: TemporalKind, text: string): Value {
  switch (kind) {
    case 'date':
      return new DateValue(text.includes('T') ? parseDateTime(text).epochDay : parseDate(text));
    case 'localtime':
      return new LocalTimeValue(parseTime(text).nanoOfDay);
    case 'time': {
      const t = parseTime(text);
      const offset = t.offset ?? (t.zone ? zoneOffsetAt(t.zone, currentInstant().seconds) : 0);
      return new TimeValue(t.nanoOfDay, offset);
    }
    case 'localdatetime': {
      const dt = parseDateTime(text);
      return new LocalDateTimeValue(dt.epochDay, dt.nanoOfDay);
    }
    case 'datetime': {
      const dt = parseDateTime(text);
      if (dt.offset !== undefined) return new DateTimeValue(dt.epochDay, dt.nanoOfDay, dt.offset, dt.zone ?? null);
      return atLocal(dt.epochDay, dt.nanoOfDay, dt.zone ? { name: dt.zone } : UTC);
    }
  }
}

/** Selects the parts `kind` has from another temporal value; missing time is midnight, missing zone UTC. */
export function fromTemporal(kind: TemporalKind, v: TemporalValue): Value {
  const day = datePart(v);
  const time = timePart(v);
  switch (kind) {
    case 'date':
      return day === undefined ? cannotBuild(kind, v) : v instanceof DateValue ? v : new DateValue(day);
    case 'localtime':
      return time === undefined ? cannotBuild(kind, v) : new LocalTimeValue(time);
    case 'time': {
      if (time === undefined) return cannotBuild(kind, v);
      return v instanceof TimeValue ? v : new TimeValue(time, v instanceof DateTimeValue ? v.offset : 0);
    }
    case 'localdatetime':
      return day === undefined ? cannotBuild(kind, v) : new LocalDateTimeValue(day, time ?? 0);
    case 'datetime':
      if (day === undefined) return cannotBuild(kind, v);
      return v instanceof DateTimeValue ? v : atLocal(day, time ?? 0, UTC);
  }
}

function baseValue(map: CypherMap, key: string): Value | undefined {
  const v = map[key];
  if (v === undefined || v === null) return undefined;
  if (!(v instanceof TemporalValue)) throw runtimeError('TypeError', 'InvalidArgumentType', `the ${key} of a temporal map must be a temporal value, got ${String(v)}`);
  return v;
}

function targetZone(map: CypherMap): Zone | undefined {
  const tz = map.timezone;
  return tz === undefined || tz === null ? undefined : zoneFromValue(tz);
}

function fromMap(kind: TemporalKind, map: CypherMap): Value {
  const zone = targetZone(map);
  // A map with nothing but a zone asks for the current time there.
  if (!hasDateFields(map) && !hasTimeFields(map) && ['date', 'time', 'datetime', 'epochSeconds', 'epochMillis'].every((k) => map[k] === undefined)) {
    if (zone !== undefined) return now(kind, zone);
  }
  const datetimeBase = baseValue(map, 'datetime');
  const dateBase = baseValue(map, 'date') ?? datetimeBase;
  const timeBase = baseValue(map, 'time') ?? datetimeBase;
  switch (kind) {
    case 'date':
      return new DateValue(resolveDate(map, dateBase === undefined ? undefined : datePart(dateBase)));
    case 'localtime':
      return new LocalTimeValue(resolveTime(map, timeBase === undefined ? undefined : timePart(timeBase)));
    case 'time':
      return timeFromMap(map, timeBase, zone);
    case 'localdatetime':
      return new LocalDateTimeValue(resolveDate(map, dateBase === undefined ? undefined : datePart(dateBase)), resolveTime(map, timeBase === undefined ? undefined : timePart(timeBase)));
    case 'datetime':
      return dateTimeFromMap(map, dateBase, timeBase, zone);
  }
}

function timeFromMap(map: CypherMap, timeBase: Value | undefined, zone: Zone | undefined): TimeValue {
  const nano = resolveTime(map, timeBase === undefined ? undefined : timePart(timeBase));
  const source = timeBase === undefined ? undefined : zonePart(timeBase);
  const sourceOffset = timeBase instanceof TimeValue || timeBase instanceof DateTimeValue ? timeBase.offset : undefined;
  const at = timeBase instanceof DateTimeValue ? timeBase.epochSeconds() : currentInstant().seconds;
  const targetOffset = zone === undefined ? undefined : zone.name === null ? zone.offset : zoneOffsetAt(zone.name, at);
  if (source === undefined || sourceOffset === undefined) return new TimeValue(nano, targetOffset ?? 0);
  if (targetOffset === undefined) return new TimeValue(nano, sourceOffset);
  // A zoned base moved to another zone keeps its instant.
  return new TimeValue(floorMod(nano + (targetOffset - sourceOffset) * NANOS_PER_SECOND, NANOS_PER_DAY), targetOffset);
}

function dateTimeFromMap(map: CypherMap, dateBase: Value | undefined, timeBase: Value | undefined, zone: Zone | undefined): DateTimeValue {
  const epochSeconds = field(map, 'epochSeconds');
  const epochMillis = field(map, 'epochMillis');
  if (epochSeconds !== undefined || epochMillis !== undefined) {
    const ms = epochMillis ?? 0;
    const seconds = epochSeconds ?? floorDiv(ms, 1000);
    const nanos = (epochSeconds === undefined ? floorMod(ms, 1000) * 1_000_000 : 0) + (field(map, 'nanosecond', 0, 999_999_999) ?? 0);
    return atInstant(seconds, nanos, zone ?? UTC);
  }
  const day = resolveDate(map, dateBase === undefined ? undefined : datePart(dateBase));
  const nano = resolveTime(map, timeBase === undefined ? undefined : timePart(timeBase));
  const source = timeBase === undefined ? undefined : zonePart(timeBase);
  if (source === undefined) return atLocal(day, nano, zone ?? UTC);
  const local = atLocal(day, nano, source);
  if (zone === undefined) return local;
  return atInstant(local.epochSeconds(), local.nanoOfSecond(), zone);
}

/** datetime.fromepoch(seconds, nanoseconds) and datetime.fromepochmillis(milliseconds), in UTC. */
export function fromEpoch(seconds: number, nanos: number): DateTimeValue {
  return atInstant(seconds + floorDiv(nanos, NANOS_PER_SECOND), floorMod(nanos, NANOS_PER_SECOND), UTC);
}

