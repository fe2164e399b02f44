// The digest stage on real Redis with two app instances (two digest workers) on one prefix: a 24 h window of
// mixed items yields one digest whose counts match the items, duplicates of the job send nothing more, an empty
// day sends nothing, and `digest set/off` keep exactly one BullMQ job scheduler per channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/chat/core/commands/index.js';
import type { Digest } from '../../../src/domain/digest/digest.js';
import type { ClaimMatch, Item, ReportFlag } from '../../../src/domain/model.js';
import { startHarness, eventually, type Harness } from '../../helpers/app-harness.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

const CHANNEL = { platform: 'console' as const, id: 'console' };
const REPORT = 'Officials say Tehran offered Washington restraint in return for a Gaza truce, two people briefed said';
let clock = new Date('2024-06-02T00:00:00Z');
const now = () => clock;

async function addMatch(h: Harness, claimId: string, id: string, sourceId: string, publishedAt: string, text: string, stance: ClaimMatch['stance'], speaker?: string, flags: ReportFlag[] = []) {
  const item: Item = { id, feedId: `${sourceId}-f`, sourceId, url: `https://example.org/${id}`, title: text, summary: '', publishedAt, seenAt: publishedAt };
  const match: ClaimMatch = { claimId, score: 1, terms: [], stance, confidence: 0.9, ...(speaker ? { speaker } : {}) };
  await h.app.stores.items.put(item, { itemId: id, claims: [match], actors: [], flags, relays: [] });
  await h.app.stores.history.addMatch(claimId, id, publishedAt, match);
}

describe('digest worker (two app instances, one Redis prefix)', () => {
  let a: Harness;
  let b: Harness;
  let claimId = '';
  let quietClaimId = '';
  const digests = () => [...a.consoleMessages(), ...b.consoleMessages()].filter((m) => m.kind === 'digest').map((m) => m.digest as Digest);
  const runJobs = async (copies: number) => {
    await a.app.queues.digest.addBulk(Array.from({ length: copies }, () => ({ name: 'digest', data: { tenant: 'console', channel: CHANNEL, preview: false } })));
    await eventually(async () => {
      const { completed = 0, waiting = 0, active = 0, prioritized = 0 } = await a.app.queues.digest.getJobCounts('waiting', 'active', 'prioritized', 'completed');
      return completed >= copies && waiting + active + prioritized === 0 ? true : undefined;
    }, 15_000, 'digest jobs to finish');
  };

  beforeAll(async () => {
    a = await startHarness({ label: 'digest-a', registry: TEST_REGISTRY, now });
    b = await startHarness({ label: 'digest-b', registry: TEST_REGISTRY, now, env: { REDIS_PREFIX: a.prefix } });
    const ctx = () => ({ ...a.app.consoleContext(), now: clock });
    const t1 = await runCommand('claim', 'track', { statement: 'Iran offered restraint to the US in return for a Gaza ceasefire' }, ctx(), a.app.commands);
    const t2 = await runCommand('claim', 'track', { statement: 'The US will join Israeli strikes on Iran' }, ctx(), a.app.commands);
    claimId = t1.title.replace('Tracking claim ', '');
    quietClaimId = t2.title.replace('Tracking claim ', '');
    const set = await runCommand('digest', 'set', { time: '08:00', timezone: 'asia/tehran' }, ctx(), a.app.commands);
    expect(set.ok, JSON.stringify(set)).toBe(true);
    expect(set.title).toBe('Daily digest at 08:00 Asia/Tehran');

    // Window of the 3 June 08:00 Tehran digest: [2 June 04:30Z, 3 June 04:30Z).
    await addMatch(a, claimId, 'before', 'testwire', '2024-06-01T10:00:00Z', REPORT, 'reports');
    await addMatch(a, claimId, 'copy', 'statenews', '2024-06-02T06:00:00Z', `${REPORT}.`, 'reports');
    await addMatch(a, claimId, 'assert', 'statenews', '2024-06-02T09:00:00Z', 'Ministry spokesman confirms the restraint offer was passed through Oman', 'asserts', 'Ministry spokesman', ['single-sourced']);
    await addMatch(a, claimId, 'deny', 'testwire', '2024-06-02T20:00:00Z', 'White House calls the restraint report false', 'denies', 'White House');
    await addMatch(a, claimId, 'after', 'testwire', '2024-06-03T06:00:00Z', 'White House repeats its denial on Monday morning briefing', 'denies', 'White House');
  }, 60_000);
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('keeps one job scheduler for the channel, in its zone', async () => {
    const again = await runCommand('digest', 'set', { time: '08:00', timezone: 'Asia/Tehran' }, { ...b.app.consoleContext(), now: clock }, b.app.commands);
    expect(again.ok).toBe(true);
    const schedulers = await a.app.queues.digest.getJobSchedulers(0, -1);
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({ pattern: '0 8 * * *', tz: 'Asia/Tehran' });
  });

  it('sends one digest for the window, with counts that match the items, although both workers got the job', async () => {
    clock = new Date('2024-06-03T04:30:02Z');
    await runJobs(4);
    const sent = digests();
    expect(sent).toHaveLength(1);
    const d = sent[0]!;
    expect([d.windowStart, d.windowEnd, d.timeZone]).toEqual(['2024-06-02T04:30:00.000Z', '2024-06-03T04:30:00.000Z', 'Asia/Tehran']);
    expect(d.quiet).toEqual([quietClaimId]);
    expect(d.active).toHaveLength(1);
    const c = d.active[0]!;
    expect(c.claimId).toBe(claimId);
    expect(c.newOutlets).toEqual([{ name: 'State News Agency', label: 'state-owned' }]);
    expect(c.assertions).toEqual([{ speaker: 'Ministry spokesman', outlet: 'State News Agency', label: 'state-owned', alsoIn: [] }]);
    expect(c.denials).toEqual([{ speaker: 'White House', outlet: 'Test Wire', label: 'wire service', alsoIn: [] }]);
    expect(c.weaklySourced.map((w) => w.url)).toEqual(['https://example.org/assert']);
    expect([c.corroborationBefore, c.corroboration]).toEqual([1, 2]);
  });

  it('sends nothing again for a retried job later the same morning', async () => {
    clock = new Date('2024-06-03T06:00:00Z');
    await runJobs(1);
    expect(digests()).toHaveLength(1);
  });

  it('sends nothing on a day with no activity', async () => {
    clock = new Date('2024-06-05T04:30:01Z');
    await runJobs(2);
    expect(digests()).toHaveLength(1);
  });

  it('previews the last 24 hours as a reply', async () => {
    clock = new Date('2024-06-03T00:00:00Z');
    const reply = await runCommand('digest', 'now', {}, { ...a.app.consoleContext(), now: clock }, a.app.commands);
    expect(reply.ok).toBe(true);
    const text = JSON.stringify(reply);
    expect(text).toContain('Denials: White House via Test Wire (wire service)');
    expect(text).toContain('Independent outlets: 2, up from 1');
  });

  it('digest off removes the scheduler', async () => {
    expect((await runCommand('digest', 'off', {}, a.app.consoleContext(), a.app.commands)).ok).toBe(true);
    expect(await a.app.queues.digest.getJobSchedulers(0, -1)).toHaveLength(0);
  });
});
