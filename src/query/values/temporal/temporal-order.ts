/**
 * Equality and order of temporal values. Values of different temporal types are never equal and
 * not comparable; zoned values compare as instants; durations are equal component-wise (months,
 * days, seconds: `P1M` is not `P30D`) and not comparable with `<`.
 */
import type { TemporalValue } from '../types.ts';
import { DurationValue } from './duration.ts';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './temporal-values.ts';

/** Numbers to compare in order, most significant first. */
function sortKey(v: TemporalValue): number[] {
  if (v instanceof DateValue) return [v.epochDay];
  if (v instanceof LocalTimeValue) return [v.nanoOfDay];
  if (v instanceof TimeValue) return [v.utcNanos()];
  if (v instanceof LocalDateTimeValue) return [v.epochDay, v.nanoOfDay];
  if (v instanceof DateTimeValue) return [v.epochSeconds(), v.nanoOfSecond()];
  const d = v as DurationValue;
  return [d.months, d.days, d.seconds, d.nanos];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

export function temporalEquals(a: TemporalValue, b: TemporalValue): boolean {
  return a.type === b.type && compareKeys(sortKey(a), sortKey(b)) === 0;
}

/** For `<` and the like: null across types and for durations. */
export function temporalCompare(a: TemporalValue, b: TemporalValue): number | null {
  if (a.type !== b.type || a instanceof DurationValue) return null;
  return compareKeys(sortKey(a), sortKey(b));
}

/** ORDER BY within one temporal type (durations too). */
export function temporalOrder(a: TemporalValue, b: TemporalValue): number {
  return compareKeys(sortKey(a), sortKey(b));
}

/** Equal for equal values, as grouping and DISTINCT need. */
export function temporalKey(v: TemporalValue): string {
  return v.type + ':' + sortKey(v).join(',');
}

/** ORDER BY across temporal types: datetime, local datetime, date, time, local time, duration. */
export const TEMPORAL_TYPE_ORDER: Record<string, number> = {
  'ZONED DATETIME': 0,
  'LOCAL DATETIME': 1,
  DATE: 2,
  'ZONED TIME': 3,
  'LOCAL TIME': 4,
  DURATION: 5,
};
