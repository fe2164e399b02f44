// A channel's stored settings are validated on read, and quiet hours are read on the channel's own clock.
import { describe, expect, it } from 'vitest';
import { ChannelSettingsSchema, inQuietHours, type ChannelSettings } from '../../../../src/domain/digest/channel-settings.js';

const base: ChannelSettings = { tenant: 'discord:1', timeZone: 'America/New_York', digest: { time: '08:00' }, quiet: { from: '22:00', to: '07:00' } };

describe('channel settings', () => {
  it('rejects an unknown zone or a malformed time', () => {
    expect(ChannelSettingsSchema.safeParse(base).success).toBe(true);
    expect(ChannelSettingsSchema.safeParse({ ...base, timeZone: 'Mars/Olympus' }).success).toBe(false);
    expect(ChannelSettingsSchema.safeParse({ ...base, digest: { time: '25:00' } }).success).toBe(false);
    expect(ChannelSettingsSchema.safeParse({ ...base, quiet: { from: '22:00', to: '7' } }).success).toBe(false);
  });

  it('holds alerts during quiet hours in the channel zone, across the fall-back night', () => {
    // 2024-11-03: New York falls back at 02:00 EDT; 06:59 EST is 11:59Z, 07:00 EST is 12:00Z.
    expect(inQuietHours(base, new Date('2024-11-03T02:00:00Z'))).toBe(true); // 22:00 EDT, Nov 2
    expect(inQuietHours(base, new Date('2024-11-03T11:59:00Z'))).toBe(true);
    expect(inQuietHours(base, new Date('2024-11-03T12:00:00Z'))).toBe(false);
    expect(inQuietHours(base, new Date('2024-11-03T01:59:00Z'))).toBe(false); // 21:59 EDT
  });

  it('is never quiet without quiet hours or settings', () => {
    const { quiet: _q, ...noQuiet } = base;
    expect(inQuietHours(noQuiet, new Date('2024-11-03T05:00:00Z'))).toBe(false);
    expect(inQuietHours(undefined, new Date('2024-11-03T05:00:00Z'))).toBe(false);
  });
});
