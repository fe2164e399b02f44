// The digest's schedule arithmetic, checked across DST changes and against cron-parser (what BullMQ fires by).
import { CronExpressionParser } from 'cron-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  dailyCronPattern,
  digestWindow,
  localDate,
  localParts,
  nextDigestAt,
  occurrenceNear,
  parseClockTime,
  withinLocalRange,
  type ClockTime,
} from '../../../../src/domain/digest/clock.js';

const at = (iso: string) => new Date(iso);
const t = (s: string) => parseClockTime(s) as ClockTime;
const HOUR = 3_600_000;
const ZONES = ['Asia/Tehran', 'Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'UTC', 'Asia/Kolkata'];

describe('parseClockTime and canonicalTimeZone', () => {
  it('accepts 00:00-23:59 only', () => {
    expect(parseClockTime('08:00')).toEqual({ hour: 8, minute: 0 });
    expect(parseClockTime('23:59')).toEqual({ hour: 23, minute: 59 });
    for (const bad of ['24:00', '8:00', '08:60', '0800', '08:00am', '']) expect(parseClockTime(bad)).toBeUndefined();
  });
  it('resolves IANA zones to their canonical names and rejects the rest', () => {
    expect(canonicalTimeZone('asia/tehran')).toBe('Asia/Tehran');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    for (const bad of ['Mars/Olympus', 'Asia/Tehran; rm -rf', '', '+03:30']) expect(canonicalTimeZone(bad)).toBeUndefined();
  });
});

describe('nextDigestAt', () => {
  it('finds 08:00 in Tehran (UTC+3:30) today or tomorrow', () => {
    expect(nextDigestAt(at('2024-06-02T03:00:00Z'), t('08:00'), 'Asia/Tehran').toISOString()).toBe('2024-06-02T04:30:00.000Z');
    expect(nextDigestAt(at('2024-06-02T04:30:00Z'), t('08:00'), 'Asia/Tehran').toISOString()).toBe('2024-06-03T04:30:00.000Z');
  });
  it('follows London across both DST changes', () => {
    expect(nextDigestAt(at('2024-03-30T12:00:00Z'), t('08:00'), 'Europe/London').toISOString()).toBe('2024-03-31T07:00:00.000Z');
    expect(nextDigestAt(at('2024-10-26T12:00:00Z'), t('08:00'), 'Europe/London').toISOString()).toBe('2024-10-27T08:00:00.000Z');
  });
  it('resolves a skipped time an hour later and a repeated time to its first occurrence (as cron-parser does)', () => {
    expect(nextDigestAt(at('2024-03-09T12:00:00Z'), t('02:30'), 'America/New_York').toISOString()).toBe('2024-03-10T07:30:00.000Z');
    expect(nextDigestAt(at('2024-11-02T12:00:00Z'), t('01:30'), 'America/New_York').toISOString()).toBe('2024-11-03T05:30:00.000Z');
  });
  it('takes the first of a time repeated by a half-hour change (Lord Howe)', () => {
    // On 5 April 2026 Lord Howe goes from UTC+11 back to UTC+10:30 at 02:00: 01:45 happens at 14:45 and 15:15 UTC.
    expect(nextDigestAt(at('2026-04-03T14:45:00Z'), t('01:45'), 'Australia/Lord_Howe').toISOString()).toBe('2026-04-04T14:45:00.000Z');
  });
  // Times that a DST change skips are left out: cron-parser itself is inconsistent there (it moves NY 02:30 an
  // hour later but skips Chatham 02:45 to the next day). The worker copes either way (occurrenceNear).
  it('agrees with cron-parser (BullMQ job schedulers) for any zone, time and day outside DST gaps', () => {
    const arb = fc.record({
      zone: fc.constantFrom(...ZONES),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.constantFrom(0, 15, 30, 45, 59),
      now: fc.date({ min: at('2023-01-01T00:00:00Z'), max: at('2026-12-31T00:00:00Z'), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(arb, ({ zone, hour, minute, now }) => {
        const mine = nextDigestAt(now, { hour, minute }, zone);
        const wall = localParts(mine, zone);
        fc.pre(wall.hour === hour && wall.minute === minute);
        const cron = CronExpressionParser.parse(dailyCronPattern({ hour, minute }), { currentDate: now, tz: zone }).next().toDate();
        expect(mine.toISOString()).toBe(cron.toISOString());
      }),
      { numRuns: 200 },
    );
  });
});

describe('digestWindow and occurrenceNear', () => {
  it('covers 23 h on the spring-forward day and 25 h on the fall-back day', () => {
    const spring = digestWindow(at('2024-03-31T07:00:00Z'), t('08:00'), 'Europe/London');
    expect(spring.start.toISOString()).toBe('2024-03-30T08:00:00.000Z');
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * HOUR);
    const fall = digestWindow(at('2024-11-04T13:00:00Z'), t('08:00'), 'America/New_York');
    expect(fall.start.toISOString()).toBe('2024-11-03T13:00:00.000Z');
    const fallLondon = digestWindow(at('2024-10-27T08:00:00Z'), t('08:00'), 'Europe/London');
    expect(fallLondon.end.getTime() - fallLondon.start.getTime()).toBe(25 * HOUR);
  });
  it('consecutive windows meet exactly: no hour covered twice, none missed', () => {
    for (const zone of ZONES) {
      let end = nextDigestAt(at('2024-03-01T00:00:00Z'), t('01:30'), zone);
      for (let day = 0; day < 300; day++) {
        const next = nextDigestAt(end, t('01:30'), zone);
        expect(digestWindow(next, t('01:30'), zone).start.toISOString(), `${zone} ${next.toISOString()}`).toBe(end.toISOString());
        end = next;
      }
    }
  });
  it('names the same occurrence for a job that runs early or late', () => {
    const due = at('2024-06-02T04:30:00Z');
    for (const skew of [-10 * 60_000, 0, 3_000, 45 * 60_000, 5 * HOUR]) {
      expect(occurrenceNear(new Date(due.getTime() + skew), t('08:00'), 'Asia/Tehran').toISOString()).toBe(due.toISOString());
    }
    expect(localDate(due, 'Asia/Tehran')).toBe('2024-06-02');
  });
});

describe('withinLocalRange (quiet hours)', () => {
  it('handles a range that wraps past midnight, on the local clock', () => {
    const quiet = (iso: string) => withinLocalRange(at(iso), t('22:00'), t('07:00'), 'Asia/Tehran');
    expect(quiet('2024-06-02T18:29:00Z')).toBe(false); // 21:59 Tehran
    expect(quiet('2024-06-02T18:30:00Z')).toBe(true); // 22:00
    expect(quiet('2024-06-02T23:00:00Z')).toBe(true); // 02:30
    expect(quiet('2024-06-03T03:29:00Z')).toBe(true); // 06:59
    expect(quiet('2024-06-03T03:30:00Z')).toBe(false); // 07:00
  });
  it('handles a daytime range', () => {
    expect(withinLocalRange(at('2024-07-01T12:00:00Z'), t('12:00'), t('14:00'), 'Europe/London')).toBe(true); // 13:00 BST
    expect(withinLocalRange(at('2024-01-01T14:00:00Z'), t('12:00'), t('14:00'), 'Europe/London')).toBe(false); // 14:00 GMT
  });
});
