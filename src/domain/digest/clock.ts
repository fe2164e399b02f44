// Wall-clock times in IANA time zones, for the digest schedule and quiet hours. Pure: `now` is always passed
// in and zone rules come from the runtime's ICU data (Intl), so DST changes are computed, never hard-coded.

export interface ClockTime {
  hour: number;
  minute: number;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 3_600_000;

/** "08:00" -> {hour: 8, minute: 0}; undefined unless HH:MM within 00:00-23:59. */
export function parseClockTime(text: string): ClockTime | undefined {
  const m = CLOCK_TIME.exec(text.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : undefined;
}

/** The zone's canonical IANA name ("asia/tehran" -> "Asia/Tehran"), or undefined for an unknown zone. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][\w+/-]{0,63}$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of `date` in `timeZone`. */
export function localParts(date: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0, minute: parts.minute ?? 0 };
}

/** "2024-06-02": the local calendar date of `date` in `timeZone`. */
export function localDate(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

function offsetMs(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
  return asUtc - Math.floor(instant / MINUTE_MS) * MINUTE_MS;
}

/**
 * The instant at which the local date (year, month, day) shows `time` in `timeZone`. A time skipped by a
 * spring-forward change resolves to the same instant an hour later on the wall clock; a time repeated by a
 * fall-back change resolves to its first occurrence.
 */
export function zonedInstant(year: number, month: number, day: number, time: ClockTime, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, time.hour, time.minute);
  // The zone's offsets a day either side bracket any change near this date (Lord Howe shifts by 30 minutes, so
  // an offset read at the wall instant itself can already be past the change and miss the first occurrence).
  const candidates = [wall - offsetMs(wall - DAY_MS, timeZone), wall - offsetMs(wall + DAY_MS, timeZone)].sort((a, b) => a - b);
  // Fall-back: both candidates read `time`; take the earlier. Spring-forward: neither does; take the later.
  const exact = candidates.find((t) => sameWallTime(t, wall, timeZone));
  return new Date(exact ?? (candidates[1] as number));
}

function sameWallTime(instant: number, wall: number, timeZone: string): boolean {
  return instant + offsetMs(instant, timeZone) === wall;
}

/** The occurrences of `time` on the local day of `date` and the days either side, in order. */
function occurrencesAround(date: Date, time: ClockTime, timeZone: string): Date[] {
  const p = localParts(date, timeZone);
  return [-1, 0, 1].map((shift) => {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day + shift));
    return zonedInstant(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), time, timeZone);
  });
}

/** The first time after `now` that the clock in `timeZone` shows `time`. */
export function nextDigestAt(now: Date, time: ClockTime, timeZone: string): Date {
  const later = occurrencesAround(now, time, timeZone).find((t) => t.getTime() > now.getTime());
  return later ?? nextDigestAt(new Date(now.getTime() + DAY_MS), time, timeZone);
}

/**
 * The scheduled occurrence a digest job that runs at `now` stands for: the occurrence nearest to `now`, so a job
 * that starts a little early or (after retries) late still names the same day.
 */
export function occurrenceNear(now: Date, time: ClockTime, timeZone: string): Date {
  const distance = (t: Date) => Math.abs(t.getTime() - now.getTime());
  return occurrencesAround(now, time, timeZone).reduce((best, t) => (distance(t) < distance(best) ? t : best));
}

/**
 * The window a scheduled digest ending at `end` (an occurrence of `time`) covers: since the same clock time on the
 * previous local day. That is 24 h, or 23 h / 25 h across a DST change, so consecutive digests neither overlap
 * nor leave a gap.
 */
export function digestWindow(end: Date, time: ClockTime, timeZone: string): { start: Date; end: Date } {
  const p = localParts(end, timeZone);
  const previousDay = new Date(Date.UTC(p.year, p.month - 1, p.day - 1));
  return { start: zonedInstant(previousDay.getUTCFullYear(), previousDay.getUTCMonth() + 1, previousDay.getUTCDate(), time, timeZone), end };
}

/** The BullMQ / cron pattern that fires daily at `time` (minute hour * * *), interpreted in the scheduler's tz. */
export function dailyCronPattern(time: ClockTime): string {
  return `${time.minute} ${time.hour} * * *`;
}

/** True when `now` falls in [from, to) on the local clock; a range with from > to wraps past midnight. */
export function withinLocalRange(now: Date, from: ClockTime, to: ClockTime, timeZone: string): boolean {
  const p = localParts(now, timeZone);
  const m = p.hour * 60 + p.minute;
  const a = from.hour * 60 + from.minute;
  const b = to.hour * 60 + to.minute;
  return a <= b ? m >= a && m < b : m >= a || m < b;
}

export function formatClockTime(time: ClockTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}
