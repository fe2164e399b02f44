// The digest commands' validation and the channel settings they store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/chat/core/commands/index.js';
import { ChannelSettingsStore } from '../../../src/digest/channel-settings-store.js';
import { startHarness, type Harness } from '../../helpers/app-harness.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

describe('digest commands', () => {
  let h: Harness;
  const run = (name: string, args: Record<string, unknown>) => runCommand('digest', name, args, h.app.consoleContext(), h.app.commands);
  const settings = () => new ChannelSettingsStore(h.app.stores.redis, h.app.stores.keys).get({ platform: 'console', id: 'console' });

  beforeAll(async () => {
    h = await startHarness({ label: 'digest-commands', registry: TEST_REGISTRY, now: () => new Date('2024-03-30T12:00:00Z') });
  });
  afterAll(async () => h?.close());

  it('rejects a malformed time or an unknown zone, saying why', async () => {
    const badTime = await run('set', { time: '24:00', timezone: 'UTC' });
    expect(badTime.ok).toBe(false);
    expect(JSON.stringify(badTime)).toContain('HH:MM');
    const badZone = await run('set', { time: '08:00', timezone: 'Europe/Atlantis' });
    expect(badZone.ok).toBe(false);
    expect(JSON.stringify(badZone)).toContain('not an IANA time zone');
    expect(await settings()).toBeUndefined();
  });

  it('refuses quiet hours without a digest, then stores and clears them', async () => {
    expect((await run('quiet', { from: '22:00', to: '07:00' })).ok).toBe(false);
    const set = await run('set', { time: '08:00', timezone: 'Europe/London' });
    // 30 March 12:00Z: the next 08:00 London is on 31 March, after the clocks go forward (07:00Z).
    expect(JSON.stringify(set)).toContain('2024-03-31T07:00:00.000Z');
    expect((await run('quiet', { from: '22:00', to: '07:00' })).ok).toBe(true);
    expect(await settings()).toEqual({ tenant: 'console', timeZone: 'Europe/London', digest: { time: '08:00' }, quiet: { from: '22:00', to: '07:00' } });
    expect((await run('quiet', { from: '22:00', to: '22:00' })).ok).toBe(false);
    expect((await run('quiet', { from: 'off' })).ok).toBe(true);
    expect((await settings())?.quiet).toBeUndefined();
    expect((await run('quiet', { from: '23:00', to: '06:00' })).ok).toBe(true);
    expect((await run('off', {})).ok).toBe(true);
    // With neither a digest nor quiet hours left, the channel's settings are forgotten.
    expect(await settings()).toBeUndefined();
    expect(await h.app.queues.digest.getJobSchedulers(0, -1)).toHaveLength(0);
  });
});
