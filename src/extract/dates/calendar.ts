/** Calendar arithmetic on ISO dates (UTC, so no time zone ever shifts a day). */
export interface DayDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export function toIso(date: { year: number; month: number; day?: number }): string {
  const mm = String(date.month).padStart(2, '0');
  if (date.day === undefined) return `${date.year}-${mm}`;
  return `${date.year}-${mm}-${String(date.day).padStart(2, '0')}`;
}

export function parseIsoDay(iso: string): DayDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDay(d) ? d : null;
}

export function isValidDay({ year, month, day }: DayDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: DayDate, days: number): DayDate {
  const t = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: DayDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayDate, b: DayDate): number {
  return (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000;
}
