// The acceptance story (../shared/scenario/README.md) on the console sink: what a channel following C1, C2, C3
// and A1 sees, item by item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/domain/alert/alert.js';
import { runCommand } from '../../src/chat/core/commands/index.js';
import { loadRegistry } from '../../src/config/files.js';
import { startHarness, type Harness } from '../helpers/app-harness.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { HAS_SCENARIO, playScenario, SCENARIO_ACTOR, SCENARIO_CLAIMS, scenarioRegistry } from '../helpers/scenario.js';

interface Sent {
  ref: string;
  threadOf?: string;
  alert: Alert;
}

describe.skipIf(!HAS_SCENARIO)('scenario on the console', () => {
  let h: Harness;
  let srv: FeedServer;
  const ids: Record<string, string> = {};
  let sent: Sent[] = [];
  const forItem = (fragment: string) => sent.filter((s) => s.alert.item.url.includes(fragment));

  beforeAll(async () => {
    srv = await startFeedServer();
    h = await startHarness({ label: 'scenario-console', registry: scenarioRegistry(await loadRegistry('config')) });
    const ctx = h.app.consoleContext();
    for (const [key, statement] of Object.entries(SCENARIO_CLAIMS)) {
      const reply = await runCommand('claim', 'track', { statement }, ctx, h.app.commands);
      expect(reply.ok, reply.title).toBe(true);
      ids[key] = reply.title.replace('Tracking claim ', '');
      const follow = await runCommand('alerts', 'follow', { target: ids[key], kinds: 'denial,assertion,relay,first-sighting,mention' }, ctx, h.app.commands);
      expect(follow.ok).toBe(true);
    }
    const actor = await runCommand('actor', 'add', { name: SCENARIO_ACTOR }, ctx, h.app.commands);
    expect(actor.ok, JSON.stringify(actor)).toBe(true);
    ids.A1 = actor.title.replace('Added actor ', '');
    expect((await runCommand('alerts', 'follow', { target: ids.A1 }, ctx, h.app.commands)).ok).toBe(true);
    await playScenario(h.app, srv);
    sent = h.consoleMessages().filter((m) => m.kind === 'alert') as unknown as Sent[];
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await srv?.close();
  });

  const claimAlerts = (fragment: string, claim: string) => forItem(fragment).filter((s) => s.alert.target.id === ids[claim]);
  const actorAlerts = (fragment: string) => forItem(fragment).filter((s) => s.alert.target.id === ids.A1);

  it('1. 1001 is the first sighting of C1: reports, unconfirmed, single-sourced, relays Jadeh Iran and ILNA', () => {
    const [a] = claimAlerts('scenario-1001', 'C1');
    expect(a?.alert.kind).toBe('first-sighting');
    expect(a?.alert.stance).toBe('reports');
    expect(a?.alert.flags).toEqual(expect.arrayContaining(['unconfirmed', 'single-sourced']));
    const relays = a?.alert.relays.map((r) => `${r.sourceId}:${r.label}`);
    expect(relays).toEqual(expect.arrayContaining(['jadeh-iran:unresolved', 'ilna:semi-official']));
    expect(a?.alert.source.label).toBe('opposition/diaspora');
  });

  it('2. 4002 is a copy of 1001: no second first sighting, corroboration stays at one report', () => {
    const copies = claimAlerts('scenario-4002', 'C1');
    expect(copies.every((c) => c.alert.kind !== 'first-sighting')).toBe(true);
    expect(copies[0]?.alert.notes.join(' ')).toMatch(/copy/);
    expect(copies[0]?.alert.status).toMatch(/1 independent report\b/);
    expect(copies[0]?.threadOf).toBe(claimAlerts('scenario-1001', 'C1')[0]?.ref);
  });

  it('3. 1002 raises no claim alert', () => {
    expect(forItem('scenario-1002').filter((s) => s.alert.target.kind === 'claim')).toHaveLength(0);
  });

  it('4. 1003 reaches A1, spelled Amirali Hajizadeh', () => {
    expect(actorAlerts('scenario-1003')).toHaveLength(1);
  });

  it('5. 2001 asserts C2, speaker the IRGC commander, outlet IRGC-affiliated', () => {
    const [a] = claimAlerts('scenario/2001', 'C2');
    expect(a?.alert.kind).toBe('assertion');
    expect(a?.alert.speaker ?? '').toMatch(/Rafiei|IRGC|Revolutionary Guard/i);
    expect(a?.alert.source.label).toBe('IRGC-affiliated');
  });

  it('6. 2002 reaches A1 (Amir Ali Hajizadeh) and no claim', () => {
    expect(actorAlerts('scenario/2002')).toHaveLength(1);
    expect(forItem('scenario/2002').filter((s) => s.alert.target.kind === 'claim')).toHaveLength(0);
  });

  it("7. 3001 is a denial of C2 by the White House, in C2's thread, and the status reads denied", () => {
    const [a] = claimAlerts('scenario/3001', 'C2');
    expect(a?.alert.kind).toBe('denial');
    expect(a?.alert.speaker ?? '').toMatch(/White House|Biden/i);
    expect(a?.threadOf).toBe(claimAlerts('scenario/2001', 'C2')[0]?.ref);
    expect(a?.alert.status).toMatch(/denied by/);
  });

  it('8. 4001 denies C3, flagged anonymous sources', () => {
    const [a] = claimAlerts('scenario-4001', 'C3');
    expect(a?.alert.stance).toBe('denies');
    expect(a?.alert.flags).toContain('anonymous-sources');
  });

  it('9. 5001 reaches A1 through the Persian script', () => {
    expect(actorAlerts('scenario/5001')).toHaveLength(1);
  });

  it('10. 5002 is a second denial of C2 by the same speaker: the thread is updated, no new denial alert', () => {
    const updates = claimAlerts('scenario/5002', 'C2');
    expect(updates.filter((s) => s.alert.kind === 'denial')).toHaveLength(0);
    expect(updates.map((s) => s.alert.notes.join(' '))).toEqual([expect.stringMatching(/denied again by White House/)]);
    expect(updates[0]?.alert.status).toMatch(/denied by White House \(2 outlets\)/);
    const edits = h.consoleMessages().filter((m) => m.edited === true && (m.alert as Alert | undefined)?.target.id === ids.C2);
    expect(edits.length).toBeGreaterThan(0);
  });
});
