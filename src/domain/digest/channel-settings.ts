// A channel's own settings: when its daily digest is posted and when its alerts wait for the digest. Times are
// wall-clock "HH:MM" in the channel's IANA time zone.
import { z } from 'zod';
import { canonicalTimeZone, parseClockTime, withinLocalRange, type ClockTime } from './clock.js';

const clockTime = z.string().refine((s) => parseClockTime(s) !== undefined, 'time looks like HH:MM, 00:00 to 23:59');
const timeZone = z.string().refine((s) => canonicalTimeZone(s) !== undefined, 'unknown IANA time zone');

export const ChannelSettingsSchema = z.object({
  tenant: z.string().min(1),
  timeZone,
  digest: z.object({ time: clockTime }).optional(),
  /** Alerts other than denials are held for the digest from `from` until `to` (wrapping past midnight). */
  quiet: z.object({ from: clockTime, to: clockTime }).optional(),
});
export type ChannelSettings = z.infer<typeof ChannelSettingsSchema>;

function clock(text: string): ClockTime {
  const t = parseClockTime(text);
  if (!t) throw new Error(`digest/invalid-time: "${text}" is not HH:MM`);
  return t;
}

export function digestTime(settings: ChannelSettings): ClockTime | undefined {
  return settings.digest ? clock(settings.digest.time) : undefined;
}

/** True when the channel's quiet hours are on at `now`. */
export function inQuietHours(settings: ChannelSettings | undefined, now: Date): boolean {
  if (!settings?.quiet) return false;
  return withinLocalRange(now, clock(settings.quiet.from), clock(settings.quiet.to), settings.timeZone);
}
