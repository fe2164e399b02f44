// Socket Mode (SLACK_APP_TOKEN set): the same command core over a WebSocket instead of signed HTTP.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandDeps } from '../../../src/chat/core/commands/types.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/chat/slack/index.js';
import { createStores } from '../../../src/store/index.js';
import { FakeSlack } from '../../fakes/slack.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../helpers/redis.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

describe('socket mode', () => {
  const redis = testRedis();
  const prefix = uniquePrefix('slack-socket');
  let fake: FakeSlack;
  let adapter: SlackAdapter;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    const deps: CommandDeps = { stores: createStores(redis, prefix, []), sources: TEST_REGISTRY.sources, newId: () => 'x1', feeds: { check: async () => ({ title: '', items: 0 }), schedule: async () => undefined, unschedule: async () => undefined } };
    adapter = createSlackAdapter({ botToken: 'xoxb-t', appToken: 'xapp-t', apiUrl: fake.apiUrl, port: 0, adminUsers: [], logger: pino({ level: 'silent' }), clientOptions: { retryConfig: { retries: 0 } } });
    await adapter.start(deps);
  });
  afterAll(async () => {
    await adapter.stop();
    await new Promise((r) => setTimeout(r, 300)); // let Bolt finish the close handshake before the fake goes
    await fake.close();
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  it('opens the connection with the app token and answers a slash command envelope with the reply', async () => {
    expect(adapter.mode).toBe('socket');
    expect(adapter.port).toBeUndefined();
    expect(fake.callsTo('apps.connections.open')[0]?.headers.authorization).toBe('Bearer xapp-t');
    fake.pushEnvelope({
      envelope_id: 'env-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: { command: '/claimwatch', text: 'source show statenews', team_id: 'TSOCKET01', channel_id: 'C0SOCKET1', user_id: 'U0SOCKET1', response_url: fake.responseUrl('s'), trigger_id: '1', api_app_id: 'A0FAKE', token: 'unused' },
    });
    const ack = await fake.waitFor(() => fake.socketFrames.find((f) => f.envelope_id === 'env-1'));
    const payload = ack.payload as { response_type: string; text: string };
    expect(payload.response_type).toBe('ephemeral');
    expect(payload.text).toContain('State News Agency');
  });
});
