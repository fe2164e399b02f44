import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../../src/ops/logger.js';

function capture() {
  let text = '';
  const stream = new Writable({ write(chunk, _enc, done) { text += String(chunk); done(); } });
  return { stream, text: () => text };
}

const DISCORD = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';

describe('logger', () => {
  it('redacts secrets by key, at any depth', () => {
    const out = capture();
    const log = createLogger('info', out.stream);
    log.info({ token: 'sekrit-1', env: { SLACK_SIGNING_SECRET: 'sekrit-2' }, req: { headers: { authorization: 'Bot sekrit-3' } } }, 'x');
    expect(out.text()).not.toMatch(/sekrit/);
    expect(out.text()).toContain('[redacted]');
  });

  it('scrubs token-shaped strings from messages and errors', () => {
    const out = capture();
    const log = createLogger('info', out.stream);
    log.error({ err: new Error(`auth failed for xoxb-1234-5678-abcdef and ${DISCORD}`) }, `redis://user:hunter2@redis:6379 down`);
    expect(out.text()).not.toContain('xoxb-1234');
    expect(out.text()).not.toContain(DISCORD);
    expect(out.text()).not.toContain('hunter2');
    expect(out.text()).toContain('redis://user:***@redis:6379');
  });

  it('leaves ordinary text alone', () => {
    expect(scrubSecrets('feed tasnim-en polled: 3 new items')).toBe('feed tasnim-en polled: 3 new items');
  });
});
