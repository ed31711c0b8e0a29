/**
 * The span of days an ISO 8601 date covers, at the precision the text gave: `2026-01-06` is that day,
 * `2025-12` the whole month, `2025` the whole year. Gephi's timeline shows a node during its span.
 * Browser-safe.
 */
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

export interface DateInterval {
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD` (inclusive). */
  end: string;
}

export function dateInterval(date: unknown): DateInterval | undefined {
  if (typeof date !== 'string') return undefined;
  const match = ISO_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const lastDay = daysInMonth(year, month);
  const prefix = `${match[1]}-${match[2]}`;
  if (match[3] === undefined) return { start: `${prefix}-01`, end: `${prefix}-${lastDay}` };
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) return undefined;
  const iso = `${prefix}-${match[3]}`;
  return { start: iso, end: iso };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
