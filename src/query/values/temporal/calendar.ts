/**
 * The proleptic Gregorian calendar on epoch days (days since 1970-01-01), as ISO 8601 and Cypher use
 * it: calendar, ISO week and ordinal dates, quarters. Plain numbers: years up to ±999,999,999 stay exact.
 */

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export const NANOS_PER_SECOND = 1_000_000_000;
export const SECONDS_PER_DAY = 86_400;
export const NANOS_PER_DAY = SECONDS_PER_DAY * NANOS_PER_SECOND;

/** Floor division and its remainder, for negative operands too. */
export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function floorMod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

export function isLeapYear(year: number): boolean {
  return floorMod(year, 4) === 0 && (floorMod(year, 100) !== 0 || floorMod(year, 400) === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/** Howard Hinnant's days_from_civil (eras of 400 years keep the arithmetic exact). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilOf(epochDay: number): CivilDate {
  const z = epochDay + 719468;
  const era = floorDiv(z, 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(epochDay: number): number {
  return floorMod(epochDay + 3, 7) + 1;
}

export function ordinalDay(epochDay: number): number {
  return epochDay - epochDayOf(civilOf(epochDay).year, 1, 1) + 1;
}

export function quarterOf(month: number): number {
  return Math.ceil(month / 3);
}

export function dayOfQuarter(epochDay: number): number {
  const { year, month } = civilOf(epochDay);
  return epochDay - epochDayOf(year, (quarterOf(month) - 1) * 3 + 1, 1) + 1;
}

/** Monday of ISO week 1 of a week-based year: the week holding January 4th. */
export function weekYearStart(weekYear: number): number {
  const jan4 = epochDayOf(weekYear, 1, 4);
  return jan4 - (dayOfWeek(jan4) - 1);
}

export function isoWeek(epochDay: number): { weekYear: number; week: number } {
  const year = civilOf(epochDay).year;
  let weekYear = year + 1;
  if (epochDay < weekYearStart(weekYear)) weekYear = year;
  if (epochDay < weekYearStart(weekYear)) weekYear = year - 1;
  return { weekYear, week: Math.floor((epochDay - weekYearStart(weekYear)) / 7) + 1 };
}

export function fromWeekDate(weekYear: number, week: number, dow: number): number {
  return weekYearStart(weekYear) + (week - 1) * 7 + (dow - 1);
}

export function fromOrdinalDate(year: number, ordinal: number): number {
  return epochDayOf(year, 1, 1) + ordinal - 1;
}

export function fromQuarterDate(year: number, quarter: number, dayOfQuarterValue: number): number {
  return epochDayOf(year, (quarter - 1) * 3 + 1, 1) + dayOfQuarterValue - 1;
}

/** Adds months to a date, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28). */
export function plusMonths(epochDay: number, months: number): number {
  if (months === 0) return epochDay;
  const { year, month, day } = civilOf(epochDay);
  const total = year * 12 + (month - 1) + months;
  const y = floorDiv(total, 12);
  const m = floorMod(total, 12) + 1;
  return epochDayOf(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole months from one date to another, as java.time counts them (day of month decides the last one). */
export function monthsBetweenDates(from: number, to: number): number {
  const a = civilOf(from);
  const b = civilOf(to);
  const packed1 = (a.year * 12 + a.month - 1) * 32 + a.day;
  const packed2 = (b.year * 12 + b.month - 1) * 32 + b.day;
  return Math.trunc((packed2 - packed1) / 32);
}
