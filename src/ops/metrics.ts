// Prometheus metrics (prom-client), one registry per app instance so tests and several apps in one process
// don't collide.
import type { Queue } from 'bullmq';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'claimwatch_' });
  const counter = (name: string, help: string, labelNames: string[] = []) => new Counter({ name: `claimwatch_${name}`, help, labelNames, registers: [registry] });
  return {
    registry,
    feedPolls: counter('feed_polls_total', 'Feed polls by outcome (fetched, not-modified, failed)', ['outcome']),
    itemsFetched: counter('items_fetched_total', 'Items read from feeds'),
    newItems: counter('new_items_total', 'Items never seen before, queued for matching'),
    feedErrors: counter('feed_errors_total', 'Feed failures by error code', ['code']),
    matches: counter('matches_total', 'Claim matches by stance', ['stance']),
    alerts: counter('alerts_total', 'Alert deliveries by platform and outcome', ['platform', 'outcome']),
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** Queue depth and lag, read from Redis when /metrics is scraped (never stale, no timer). */
export function registerQueueGauges(metrics: Metrics, queues: Record<string, Queue>): void {
  const registers = [metrics.registry];
  new Gauge({
    name: 'claimwatch_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      for (const [name, queue] of Object.entries(queues)) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed');
        for (const [state, n] of Object.entries(counts)) this.set({ queue: name, state }, n);
      }
    },
  });
  new Gauge({
    name: 'claimwatch_queue_lag_seconds',
    help: 'Age of the oldest waiting job per queue',
    labelNames: ['queue'],
    registers,
    async collect() {
      for (const [name, queue] of Object.entries(queues)) {
        const [oldest] = await queue.getWaiting(0, 0);
        this.set({ queue: name }, oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
      }
    },
  });
}
