import { describe, expect, test } from 'vitest';
import { runCypher, toPlain } from '../../../src/query/index.ts';
import { column, errorOf, graphOf, value } from '../helpers.ts';

describe('temporal values', () => {
  test("events filtered and sorted by their 'YYYY-MM-DD' date property", () => {
    const graph = graphOf("CREATE (:Event {name: 'a', date: '2025-12-31'}), (:Event {name: 'b', date: '2026-02-01'}), (:Event {name: 'c', date: '2026-01-05'}), (:Event {name: 'd'})");
    const query = "MATCH (e:Event) WHERE date(e.date) >= date('2026-01-01') RETURN e.name ORDER BY date(e.date)";
    expect(column(graph, query)).toEqual(["'c'", "'b'"]);
  });

  test('ISO 8601 texts in extended, basic, week and ordinal forms', () => {
    expect(value("RETURN [date('2015-W30-2'), date('2015202'), date('201507'), date('+12345-01-01')]")).toBe(
      "[date('2015-07-21'), date('2015-07-21'), date('2015-07-01'), date('+12345-01-01')]",
    );
    expect(value("RETURN time('214032.142-0100')")).toBe("time('21:40:32.142-01:00')");
    expect(value("RETURN datetime('2015-07-21T21:40:32.142[Europe/Paris]')")).toBe("datetime('2015-07-21T21:40:32.142+02:00[Europe/Paris]')");
    expect(value("RETURN duration('P1.5DT90M')")).toBe("duration('P1DT13H30M')");
  });

  test('maps of fields, over another value', () => {
    expect(value('RETURN date({year: 1984, week: 10, dayOfWeek: 3})')).toBe("date('1984-03-07')");
    expect(value("WITH date('1984-11-11') AS d RETURN date({date: d, quarter: 3})")).toBe("date('1984-08-11')");
    expect(value("RETURN datetime({year: 1984, month: 10, day: 11, hour: 12, time: time('12:00+01:00'), timezone: '+05:00'})")).toBe(
      "datetime('1984-10-11T16:00+05:00')",
    );
  });

  test('components, comparison and arithmetic', () => {
    expect(value("WITH date('2024-01-31') AS d RETURN [d.year, d.week, d.dayOfWeek, d.ordinalDay, d.quarter]")).toBe('[2024, 5, 3, 31, 1]');
    expect(value("RETURN date('2024-01-31') + duration('P1M')")).toBe("date('2024-02-29')");
    expect(value("RETURN localtime('23:30') + duration('PT1H')")).toBe("localtime('00:30')");
    expect(value("RETURN duration('P1D') * 1.5")).toBe("duration('P1DT12H')");
    expect(value("RETURN [date('2024-01-01') < date('2024-01-02'), date('2024-01-01') < localdatetime('2024-01-02T00:00'), duration('P1M') = duration('P30D')]")).toBe(
      '[true, null, false]',
    );
    expect(value("RETURN datetime('2024-01-01T01:00+01:00') = datetime('2024-01-01T00:00Z')")).toBe('true');
  });

  test('durations between values, across a daylight saving change', () => {
    expect(value("RETURN duration.between(date('1984-10-11'), date('2015-06-24'))")).toBe("duration('P30Y8M13D')");
    expect(value("RETURN duration.inDays(date('2024-01-01'), date('2024-03-01'))")).toBe("duration('P60D')");
    const night = "datetime({year: 2017, month: 10, day: 29, hour: 0, timezone: 'Europe/Stockholm'})";
    expect(value(`RETURN duration.inSeconds(${night}, localdatetime('2017-10-29T04:00'))`)).toBe("duration('PT5H')");
  });

  test('durations keep months, days and seconds apart; each unit of the text carries its sign', () => {
    expect(value('RETURN duration({years: 12, months: 5, days: -14, hours: 16})')).toBe("duration('P12Y5M-14DT16H')");
    expect(value('RETURN [duration({seconds: -2, milliseconds: 1}), duration({seconds: -60, milliseconds: -1})]')).toBe("[duration('PT-1.999S'), duration('PT-1M-0.001S')]");
    expect(value('RETURN duration({months: 0.75})')).toBe("duration('P22DT19H51M49.5S')");
    expect(value("RETURN duration('P2012-02-02T14:37:21.545')")).toBe("duration('P2012Y2M2DT14H37M21.545S')");
  });

  test('ISO week years at the turn of the year', () => {
    expect(value("WITH date('1984-01-01') AS d RETURN [d.weekYear, d.week, d.weekDay]")).toBe('[1983, 52, 7]');
    expect(value('RETURN date({year: 1818, week: 53})')).toBe("date('1818-12-28')");
  });

  test('truncation', () => {
    expect(value("RETURN date.truncate('week', date('2024-05-09'))")).toBe("date('2024-05-06')");
    expect(value("RETURN datetime.truncate('month', datetime('2024-05-09T10:00+02:00'), {day: 2})")).toBe("datetime('2024-05-02T00:00+02:00')");
  });

  test('stored as properties and read back; plain output is the ISO text', () => {
    const graph = graphOf("CREATE (:E {at: date('2026-01-05'), every: [duration('PT1H')]})");
    expect(value('MATCH (e:E) RETURN [e.at.month, e.every[0].minutes]', graph)).toBe('[1, 60]');
    expect(toPlain(runCypher(graph, 'MATCH (e:E) RETURN e.at').rows[0]![0])).toBe('2026-01-05');
    expect(value('MATCH (e:E) RETURN toString(e.at)', graph)).toBe("'2026-01-05'");
  });

  test('texts that are not dates and unknown zones are errors', () => {
    expect(errorOf(() => value("RETURN date('2026-02-30')")).tckDetail).toBe('InvalidArgumentValue');
    expect(errorOf(() => value("RETURN datetime('2026-01-01T00:00[Mars/Olympus]')")).tckDetail).toBe('InvalidArgumentValue');
    expect(value('RETURN [date(null), duration.between(null, date())]')).toBe('[null, null]');
  });
});
