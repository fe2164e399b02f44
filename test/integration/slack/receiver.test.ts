// The receiver's guarantees: only correctly signed, fresh requests are served; slow commands are acked in time
// and answered through response_url; user text is escaped in replies; workspaces never see each other's data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeBody, postSigned, signatureHeaders, slashCommand } from '../../helpers/slack-sign.js';
import { CHANNEL, SECRET, TEAM_A, TEAM_B, USER, blockText, startSlackHarness, type SlackHarness } from './slack-harness.js';

let h: SlackHarness;
let checkDelayMs = 0;

beforeAll(async () => {
  h = await startSlackHarness({
    label: 'slack-recv',
    adapter: { ackBudgetMs: 150, adminUsers: ['UADMIN001'] },
    feedCheck: async () => {
      await new Promise((r) => setTimeout(r, checkDelayMs));
      return { title: 'Slow feed', items: 2 };
    },
  });
});
afterAll(async () => h.close());
beforeEach(() => {
  h.fake.reset();
  checkDelayMs = 0;
});

const form = (text: string) => slashCommand({ text, team_id: TEAM_A, channel_id: CHANNEL, user_id: USER, response_url: h.fake.responseUrl('sig') });

describe('request signing', () => {
  it('rejects a body signed with another secret with 401 and runs nothing', async () => {
    const res = await postSigned(h.url, 'not-the-secret', form('claim track "forged claim here"'));
    expect(res.status).toBe(401);
    expect(await h.stores.claims.listTenant(`slack:${TEAM_A}`)).toEqual([]);
  });

  it('rejects a correctly signed but stale request (10 minutes old) with 401', async () => {
    const res = await postSigned(h.url, SECRET, form('claim list'), Math.floor(Date.now() / 1000) - 600);
    expect(res.status).toBe(401);
  });

  it('rejects a valid signature over different bytes', async () => {
    const signed = encodeBody(form('claim list')).raw;
    const sent = encodeBody(form('claim track "tampered after signing"')).raw;
    const res = await fetch(h.url, { method: 'POST', body: sent, headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(SECRET, signed) } });
    expect(res.status).toBe(401);
  });

  it('serves a correctly signed request', async () => {
    expect((await postSigned(h.url, SECRET, form('claim list'))).status).toBe(200);
  });
});

describe('acknowledging within 3 seconds', () => {
  it('a slow command acks "working" at once and answers through response_url', async () => {
    checkDelayMs = 600;
    const started = Date.now();
    const ack = await h.ack('feed add https://example.org/slow.xml testwire', { user: 'UADMIN001', responseId: 'slow' });
    expect(Date.now() - started).toBeLessThan(550);
    expect(ack).toMatchObject({ response_type: 'ephemeral', text: 'Working on it…' });
    const answer = await h.fake.waitForResponse('slow');
    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(String(answer.text)).toContain('Added feed testwire-');
  });
});

describe('escaping user text in replies', () => {
  it('mentions and links typed into a statement come back inert', async () => {
    // What Slack sends when a user types `<!here> … @channel & @bob <x|y>` with escaping on.
    const reply = await h.command('claim track "&lt;!here&gt; Iran promised a ceasefire, said <!channel> &amp; <@U0BOB0001|bob> &lt;http://evil.example|click&gt;"');
    const claims = await h.stores.claims.listTenant(`slack:${TEAM_A}`);
    expect(claims.at(-1)?.statement).toBe('<!here> Iran promised a ceasefire, said @channel & @bob <http://evil.example|click>');
    const shown = `${blockText(reply)}\n${String(reply.text)}`;
    expect(shown).toContain('&lt;!here&gt; Iran promised a ceasefire, said @channel &amp; @bob &lt;http://evil.example|click&gt;');
    expect(shown).not.toMatch(/<[!@#h]/);
  });
});

describe('tenant isolation', () => {
  it("workspace B cannot list, show, follow, mute or untrack workspace A's claim", async () => {
    const tracked = await h.command('claim track "Team A private claim about a ceasefire"', { team: TEAM_A });
    const id = /Tracking claim (\S+)/.exec(String(tracked.text))?.[1] as string;
    expect(blockText(await h.command('claim list', { team: TEAM_B }))).not.toContain(id);
    expect(String((await h.command(`claim show ${id}`, { team: TEAM_B })).text)).toContain('No such claim');
    expect(String((await h.command(`alerts follow ${id}`, { team: TEAM_B })).text)).toContain('Nothing to follow');
    expect(String((await h.command(`alerts mute ${id}`, { team: TEAM_B })).text)).toContain('Not followed here');
    expect(String((await h.command(`claim untrack ${id}`, { team: TEAM_B })).text)).toContain('No such claim');
    expect((await h.stores.claims.get(id))?.tenant).toBe(`slack:${TEAM_A}`);
    expect(blockText(await h.command('claim list', { team: TEAM_A }))).toContain(id);
  });
});
