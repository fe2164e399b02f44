// The acceptance story's digest (../shared/scenario/README.md): the digest covering 2 June 2024 mentions C2
// with one assertion (Tasnim, IRGC-affiliated) and one denial (the White House); a day with no activity sends
// nothing. Assertions name the product's promises, not the engine's exact wording (speaker text may change).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/chat/core/commands/index.js';
import { loadRegistry } from '../../src/config/files.js';
import type { Digest } from '../../src/domain/digest/digest.js';
import { eventually, startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { HAS_SCENARIO, playScenario, SCENARIO_CLAIMS, scenarioRegistry } from '../helpers/scenario.js';

const CHANNEL = { platform: 'console' as const, id: 'console' };

describe.skipIf(!HAS_SCENARIO)('scenario digest on the console', () => {
  let h: Harness;
  let srv: FeedServer;
  let clock = new Date();
  const ids: Record<string, string> = {};
  const digests = () => h.consoleMessages().filter((m) => m.kind === 'digest').map((m) => m.digest as Digest);
  const digestAt = async (iso: string) => {
    clock = new Date(iso);
    const completed = async () => (await h.app.queues.digest.getJobCounts('completed')).completed ?? 0;
    const before = await completed();
    await h.app.queues.digest.add('digest', { tenant: 'console', channel: CHANNEL, preview: false });
    await eventually(async () => ((await completed()) > before ? true : undefined), 15_000, 'the digest job');
  };

  beforeAll(async () => {
    srv = await startFeedServer();
    h = await startHarness({ label: 'digest-scenario', registry: scenarioRegistry(await loadRegistry('config')), now: () => clock });
    const ctx = h.app.consoleContext();
    for (const [key, statement] of Object.entries(SCENARIO_CLAIMS)) {
      const reply = await runCommand('claim', 'track', { statement }, ctx, h.app.commands);
      expect(reply.ok, reply.title).toBe(true);
      ids[key] = reply.title.replace('Tracking claim ', '');
    }
    expect((await runCommand('digest', 'set', { time: '00:00', timezone: 'UTC' }, ctx, h.app.commands)).ok).toBe(true);
    await playScenario(h.app, srv);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await srv?.close();
  });

  it('the digest for 2 June 2024 mentions C2 with one assertion (Tasnim, IRGC-affiliated) and one denial (White House)', async () => {
    await digestAt('2024-06-03T00:00:03Z');
    const [d] = digests();
    expect(d, 'a digest was sent for 2 June').toBeDefined();
    expect([d!.windowStart, d!.windowEnd]).toEqual(['2024-06-02T00:00:00.000Z', '2024-06-03T00:00:00.000Z']);
    const c2 = d!.active.find((c) => c.claimId === ids.C2);
    expect(c2, 'C2 is in the digest').toBeDefined();
    // When this fails, say whether the engine or the digest is wrong: the stances the engine stored for C2.
    const stored = await h.app.stores.history.matchesBetween(ids.C2!, new Date(d!.windowStart), new Date(d!.windowEnd));
    const why = `engine judged C2 in the window as: ${stored.map((m) => `${m.itemId.slice(0, 8)} ${m.match.stance} speaker=${m.match.speaker ?? '-'}`).join('; ')}`;
    expect(c2!.assertions, why).toHaveLength(1);
    expect(c2!.assertions[0]).toMatchObject({ outlet: expect.stringMatching(/Tasnim/), label: 'IRGC-affiliated' });
    expect(c2!.denials, why).toHaveLength(1);
    expect(c2!.denials[0]!.speaker).toMatch(/White House|Biden/i);
    // Every followed claim appears once: active or in the one-line "no activity" summary.
    expect([...d!.active.map((c) => c.claimId), ...d!.quiet].sort()).toEqual([ids.C1, ids.C2, ids.C3].sort());
  });

  it('sends nothing for a day with no activity', async () => {
    await digestAt('2024-06-05T00:00:03Z');
    expect(digests()).toHaveLength(1);
  });
});
