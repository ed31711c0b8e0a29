/**
 * Time zones: fixed offsets (`+01:00`, `Z`) and named IANA zones (`Europe/Paris`), whose offsets at
 * a given instant come from the platform's Intl data (Node has full ICU: historical offsets too,
 * such as Stockholm's +00:53:28 local mean time of 1818).
 */
import { runtimeError } from '../../errors.ts';
import { SECONDS_PER_DAY } from './calendar.ts';

/** A zone: its IANA name, or null for a fixed offset. */
export type ZoneName = string | null;

const OFFSET = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?$/;

function invalidZone(text: string): never {
  throw runtimeError('ArgumentError', 'InvalidArgumentValue', `not a time zone: ${JSON.stringify(text)} (an offset such as '+01:00' or a zone name such as 'Europe/Paris')`);
}

/** Seconds east of UTC for an offset text, or undefined when the text is no offset. */
export function parseOffset(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const m = OFFSET.exec(text);
  if (!m) return undefined;
  const seconds = Number(m[2]) * 3600 + Number(m[3] ?? 0) * 60 + Number(m[4] ?? 0);
  if (seconds > 18 * 3600) invalidZone(text);
  return m[1] === '-' ? -seconds : seconds;
}

/** `Z` for UTC, else ±HH:MM, with :SS when the offset has seconds. */
export function formatOffset(seconds: number): string {
  if (seconds === 0) return 'Z';
  return formatOffsetNumeric(seconds);
}

/** ±HH:MM(:SS) even for UTC (`+00:00`), as the `offset` component reads. */
export function formatOffsetNumeric(seconds: number): string {
  const abs = Math.abs(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const text = `${seconds < 0 ? '-' : '+'}${two(Math.floor(abs / 3600))}:${two(Math.floor(abs / 60) % 60)}`;
  return abs % 60 === 0 ? text : `${text}:${two(abs % 60)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      invalidZone(zone);
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Checks a zone name exists; throws a Cypher error otherwise. */
export function checkZoneName(zone: string): string {
  formatterFor(zone);
  return zone;
}

/** JavaScript dates reach ±8.64e15 ms; offsets beyond are taken at the edge. */
const MAX_EPOCH_SECONDS = 8.64e12;

/** Offset in seconds of a named zone at an instant (epoch seconds). */
export function zoneOffsetAt(zone: string, epochSeconds: number): number {
  const s = Math.max(-MAX_EPOCH_SECONDS, Math.min(MAX_EPOCH_SECONDS, Math.floor(epochSeconds)));
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(new Date(s * 1000))) parts[p.type] = p.value;
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - Number(parts.year) : Number(parts.year);
  const local = Date.UTC(2000, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  // Date.UTC maps years 0-99 to 1900+; set the year separately.
  const withYear = new Date(local);
  withYear.setUTCFullYear(year);
  return Math.round(withYear.getTime() / 1000) - s;
}

/**
 * Offset of a named zone for a local date-time (epoch seconds read as local): in a gap the offset
 * before it, in an overlap the earlier (summer) offset, as java.time resolves them.
 */
export function zoneOffsetForLocal(zone: string, localEpochSeconds: number): number {
  const before = zoneOffsetAt(zone, localEpochSeconds - SECONDS_PER_DAY);
  const after = zoneOffsetAt(zone, localEpochSeconds + SECONDS_PER_DAY);
  if (before === after) return before;
  // Try both candidate offsets: one consistent with itself is the answer (earlier one first).
  const [first, second] = before > after ? [before, after] : [after, before];
  if (zoneOffsetAt(zone, localEpochSeconds - first) === first) return first;
  if (zoneOffsetAt(zone, localEpochSeconds - second) === second) return second;
  return before;
}
