// /healthz and /metrics of a running app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../helpers/app-harness.js';
import { TEST_REGISTRY } from '../../helpers/registry.js';

describe('health and metrics endpoints', () => {
  let h: Harness;
  let base = '';
  beforeAll(async () => {
    h = await startHarness({ label: 'http', registry: TEST_REGISTRY, http: true, env: { HTTP_PORT: '0' } });
    base = `http://127.0.0.1:${h.app.httpPort}`;
  });
  afterAll(async () => h?.close());

  it('/healthz reports Redis up and every worker running', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; detail: { redis: string; workers: string[] } };
    expect(body.detail.redis).toBe('up');
    expect(body.detail.workers).toEqual(expect.arrayContaining(['poll:running', 'match:running', 'alert:running']));
  });

  it('/metrics serves the pipeline counters and live queue gauges', async () => {
    await h.app.queues.alert.add('status', { type: 'status', channel: { platform: 'console', id: 'x' }, claimId: 'c', status: 's' }, { delay: 60_000 });
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('claimwatch_feed_polls_total');
    expect(text).toContain('claimwatch_alerts_total');
    expect(text).toMatch(/claimwatch_queue_jobs\{queue="alert",state="delayed"\} 1/);
    expect(text).toMatch(/claimwatch_queue_lag_seconds\{queue="match"\} 0/);
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
