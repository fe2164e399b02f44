// /digest set | off | now | quiet: this channel's daily digest and its quiet hours.
import { z } from 'zod';
import { canonicalTimeZone, formatClockTime, nextDigestAt, parseClockTime } from '../../../domain/digest/clock.js';
import { ChannelSettingsStore } from '../../../digest/channel-settings-store.js';
import { fail, ok } from '../reply.js';
import { defineCommand, type CommandContext, type CommandDeps } from './types.js';

const clockTime = (label: string) =>
  z.string({ error: `${label} is required` }).trim().refine((s) => parseClockTime(s) !== undefined, `${label} looks like HH:MM, from 00:00 to 23:59`);
const timeZone = z
  .string({ error: 'timezone is required' })
  .trim()
  .transform((s, c) => canonicalTimeZone(s) ?? (c.addIssue({ code: 'custom', message: `"${s}" is not an IANA time zone (e.g. Asia/Tehran, Europe/London, UTC)` }), z.NEVER));

const UNAVAILABLE = fail('Digest unavailable', 'This bot runs without the digest scheduler.');
const settingsOf = (deps: CommandDeps) => new ChannelSettingsStore(deps.stores.redis, deps.stores.keys);
const channelOf = (ctx: CommandContext) => ({ platform: ctx.platform, id: ctx.channelId });

export const digestSet = defineCommand({
  group: 'digest',
  name: 'set',
  description: 'Post a daily digest in this channel at a local time',
  options: [
    { name: 'time', type: 'string', required: true, description: 'HH:MM, 24-hour clock, e.g. 08:00' },
    { name: 'timezone', type: 'string', required: true, description: 'IANA time zone, e.g. Asia/Tehran' },
  ],
  schema: z.object({ time: clockTime('time'), timezone: timeZone }),
  async handler(args, ctx, deps) {
    if (!deps.digest) return UNAVAILABLE;
    await deps.digest.set(ctx, args.time, args.timezone);
    const next = nextDigestAt(ctx.now, parseClockTime(args.time)!, args.timezone);
    return ok(`Daily digest at ${args.time} ${args.timezone}`, [
      { lines: [`Next digest: ${next.toISOString()} (covers the 24 hours before it; nothing is posted on a day with no activity).`] },
    ]);
  },
});

export const digestOff = defineCommand({
  group: 'digest',
  name: 'off',
  description: "Stop this channel's daily digest (and its quiet hours)",
  options: [],
  schema: z.object({}),
  async handler(_args, ctx, deps) {
    if (!deps.digest) return UNAVAILABLE;
    await deps.digest.off(ctx);
    return ok('Daily digest off', [{ lines: ['Quiet hours are off too: alerts arrive as they happen.'] }]);
  },
});

export const digestNow = defineCommand({
  group: 'digest',
  name: 'now',
  description: 'Preview the digest of the last 24 hours',
  options: [],
  schema: z.object({}),
  async handler(_args, ctx, deps) {
    if (!deps.digest) return UNAVAILABLE;
    return deps.digest.preview(ctx);
  },
});

export const digestQuiet = defineCommand({
  group: 'digest',
  name: 'quiet',
  description: 'Hold alerts other than denials for the digest between two local times ("off" to stop)',
  options: [
    { name: 'from', type: 'string', required: true, description: 'HH:MM, or "off"' },
    { name: 'to', type: 'string', description: 'HH:MM (the end; may be past midnight)' },
  ],
  schema: z.union([
    z.object({ from: z.literal('off'), to: z.undefined().optional() }),
    z.object({ from: clockTime('from'), to: clockTime('to') }).refine((a) => a.from !== a.to, 'from and to must differ'),
  ]),
  async handler(args, ctx, deps) {
    const store = settingsOf(deps);
    const channel = channelOf(ctx);
    const current = await store.get(channel);
    if (args.from === 'off' || !args.to) {
      if (current) await store.put(channel, { tenant: current.tenant, timeZone: current.timeZone, ...(current.digest ? { digest: current.digest } : {}) });
      return ok('Quiet hours off');
    }
    if (!current?.digest) return fail('No digest here', 'Quiet hours hold alerts for the daily digest: set one first with digest set <time> <timezone>.');
    const quiet = { from: formatClockTime(parseClockTime(args.from)!), to: formatClockTime(parseClockTime(args.to)!) };
    await store.put(channel, { ...current, quiet });
    return ok(`Quiet hours ${quiet.from}-${quiet.to} ${current.timeZone}`, [{ lines: ['Denials still arrive at once; other alerts wait for the digest.'] }]);
  },
});
