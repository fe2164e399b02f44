// Alert buttons and the App Home tab, driven by signed interactivity and event payloads.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ACTION_MUTE, ACTION_NOT_RELEVANT } from '../../../src/chat/slack/render-alert.js';
import { subscriptionId } from '../../../src/domain/subscription.js';
import { CHANNEL, TEAM_A, TEAM_B, USER, blockText, startSlackHarness, type SlackHarness } from './slack-harness.js';

let h: SlackHarness;
const NOW = new Date('2026-03-01T12:00:00.000Z');

beforeAll(async () => {
  h = await startSlackHarness({ label: 'slack-ui', adapter: { now: () => NOW } });
});
afterAll(async () => h.close());
beforeEach(() => h.fake.reset());

async function trackClaim(team = TEAM_A): Promise<string> {
  const reply = await h.command('claim track "Iran promised the US a ceasefire" keywords:ceasefire', { team });
  return /Tracking claim (\S+)/.exec(String(reply.text))?.[1] as string;
}

function click(actionId: string, value: object, opts: { team?: string; responseId: string }) {
  const team = opts.team ?? TEAM_A;
  return h.post({
    payload: {
      type: 'block_actions',
      team: { id: team, domain: 'fake' },
      user: { id: USER, username: 'tester', team_id: team },
      api_app_id: 'A0FAKE',
      token: 'unused',
      trigger_id: '1.2.3',
      container: { type: 'message', message_ts: '1700000000.000100', channel_id: CHANNEL, is_ephemeral: false },
      channel: { id: CHANNEL, name: 'alerts' },
      message: { type: 'message', ts: '1700000000.000100', text: 'alert' },
      response_url: h.fake.responseUrl(opts.responseId),
      actions: [{ type: 'button', action_id: actionId, block_id: 'alert_0', value: JSON.stringify(value), action_ts: '1700000001.0', text: { type: 'plain_text', text: 'x' } }],
    },
  });
}

describe('alert buttons', () => {
  it('"Mute this claim for 24 h" mutes the subscription of the clicked channel until now + 24 h', async () => {
    const id = await trackClaim();
    const res = await click(ACTION_MUTE, { kind: 'claim', target: id, item: 'item-1' }, { responseId: 'mute' });
    expect(res.status).toBe(200);
    const answer = await h.fake.waitForResponse('mute');
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const sub = await h.stores.subscriptions.get(subscriptionId({ platform: 'slack', id: CHANNEL }, { kind: 'claim', id }));
    expect(sub?.mutedUntil).toBe(new Date(NOW.getTime() + 24 * 3_600_000).toISOString());
  });

  it('a click from another workspace on the same ids mutes nothing', async () => {
    const id = await trackClaim();
    await click(ACTION_MUTE, { kind: 'claim', target: id, item: 'item-1' }, { team: TEAM_B, responseId: 'foreign' });
    expect(String((await h.fake.waitForResponse('foreign')).text)).toContain('Not followed here');
    const sub = await h.stores.subscriptions.get(subscriptionId({ platform: 'slack', id: CHANNEL }, { kind: 'claim', id }));
    expect(sub?.mutedUntil).toBeUndefined();
  });

  it('"Not relevant" records the item against the claim', async () => {
    const id = await trackClaim();
    await click(ACTION_NOT_RELEVANT, { kind: 'claim', target: id, item: 'item-42' }, { responseId: 'nr' });
    expect(String((await h.fake.waitForResponse('nr')).text)).toContain('not relevant');
    const raw = await h.redis.hget(h.stores.keys.feedback(id), 'item-42');
    expect(JSON.parse(raw ?? '{}')).toEqual({ user: USER, channel: CHANNEL, at: NOW.toISOString() });
  });

  it('"Not relevant" on another workspace\'s claim records nothing; a forged value is refused', async () => {
    const id = await trackClaim(TEAM_B);
    await click(ACTION_NOT_RELEVANT, { kind: 'claim', target: id, item: 'item-7' }, { responseId: 'nr-foreign' });
    expect(String((await h.fake.waitForResponse('nr-foreign')).text)).toContain('No such claim');
    expect(await h.redis.hlen(h.stores.keys.feedback(id))).toBe(0);
    await click(ACTION_MUTE, { nonsense: true }, { responseId: 'forged' });
    expect(String((await h.fake.waitForResponse('forged')).text)).toContain('Cannot mute');
  });
});

describe('App Home', () => {
  it('publishes the workspace\'s claims with their status line, and nothing of other workspaces', async () => {
    const id = await trackClaim();
    const other = await trackClaim(TEAM_B);
    await h.stores.history.saveTimeline(id, {
      firstSeenAt: '2026-03-01T10:00:00Z',
      reports: [{ fingerprint: 'f1', itemId: 'i1', sourceIds: ['statenews', 'testwire'] }],
      denials: [{ speaker: 'White House', itemId: 'i2', sourceId: 'testwire', at: '2026-03-01T11:00:00Z' }],
      assertions: [],
    });
    const res = await h.post({ json: { token: 'unused', team_id: TEAM_A, api_app_id: 'A0FAKE', type: 'event_callback', event_id: 'Ev1', event_time: 1, event: { type: 'app_home_opened', user: USER, channel: 'D0HOME', tab: 'home', event_ts: '1.0' } } });
    expect(res.status).toBe(200);
    const [publish] = await h.fake.waitForCall('views.publish');
    expect(publish?.body.user_id).toBe(USER);
    const view = publish?.body.view as Record<string, unknown>;
    expect(view.type).toBe('home');
    const text = blockText(view);
    expect(text).toContain(id);
    expect(text).toContain('reported by 2 outlets (1 state-affiliated) - 1 independent report - denied by White House');
    expect(text).not.toContain(other);
  });
});
