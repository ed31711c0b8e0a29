/**
 * Placing local date-times in zones and instants in zones: the two conversions every zoned
 * operation (construction, arithmetic, truncation, duration.between) goes through.
 */
import { floorDiv, floorMod, NANOS_PER_SECOND, SECONDS_PER_DAY } from './calendar.ts';
import { DateTimeValue } from './temporal-values.ts';
import { checkZoneName, parseOffset, zoneOffsetAt, zoneOffsetForLocal } from './zones.ts';
import { runtimeError } from '../../errors.ts';
import type { Value } from '../types.ts';

/** A zone as given: a fixed offset (seconds east of UTC) or an IANA name. */
export type Zone = { offset: number; name: null } | { offset?: undefined; name: string };

export const UTC: Zone = { offset: 0, name: null };

export function zoneFromValue(v: Value): Zone {
  if (typeof v !== 'string') throw runtimeError('TypeError', 'InvalidArgumentType', `a time zone must be a string, got ${String(v)}`);
  const offset = parseOffset(v);
  return offset !== undefined ? { offset, name: null } : { name: checkZoneName(v) };
}

export function localEpochSeconds(epochDay: number, nanoOfDay: number): number {
  return epochDay * SECONDS_PER_DAY + Math.floor(nanoOfDay / NANOS_PER_SECOND);
}

/** The offset a zone has at a local date-time. */
export function offsetForLocal(zone: Zone, epochDay: number, nanoOfDay: number): number {
  return zone.name === null ? zone.offset : zoneOffsetForLocal(zone.name, localEpochSeconds(epochDay, nanoOfDay));
}

/** A local date-time in a zone, its wall-clock fields kept. */
export function atLocal(epochDay: number, nanoOfDay: number, zone: Zone): DateTimeValue {
  return new DateTimeValue(epochDay, nanoOfDay, offsetForLocal(zone, epochDay, nanoOfDay), zone.name);
}

/** An instant (epoch seconds and nanoseconds) as a date-time of a zone. */
export function atInstant(epochSeconds: number, nanoOfSecond: number, zone: Zone): DateTimeValue {
  const offset = zone.name === null ? zone.offset : zoneOffsetAt(zone.name, epochSeconds);
  const local = epochSeconds + offset;
  return new DateTimeValue(floorDiv(local, SECONDS_PER_DAY), floorMod(local, SECONDS_PER_DAY) * NANOS_PER_SECOND + nanoOfSecond, offset, zone.name);
}

export function zoneOfDateTime(v: DateTimeValue): Zone {
  return v.zone === null ? { offset: v.offset, name: null } : { name: v.zone };
}

/** The same instant seen from another zone. */
export function withZoneSameInstant(v: DateTimeValue, zone: Zone): DateTimeValue {
  return atInstant(v.epochSeconds(), v.nanoOfSecond(), zone);
}
