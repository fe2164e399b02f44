// /healthz (Redis reachable, workers running) and /metrics for Prometheus.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Metrics } from './metrics.js';

export interface HealthCheck {
  (): Promise<{ ok: boolean; detail: Record<string, unknown> }>;
}

export async function startHttpServer(host: string, port: number, metrics: Metrics, health: HealthCheck): Promise<http.Server & { port: number }> {
  const server = http.createServer((req, res) => {
    const route = `${req.method} ${req.url?.split('?')[0]}`;
    if (route === 'GET /healthz') {
      health().then(
        (h) => send(res, h.ok ? 200 : 503, 'application/json', JSON.stringify(h)),
        (err: Error) => send(res, 503, 'application/json', JSON.stringify({ ok: false, detail: { error: err.message } })),
      );
    } else if (route === 'GET /metrics') {
      metrics.registry.metrics().then((text) => send(res, 200, metrics.registry.contentType, text), () => send(res, 500, 'text/plain', 'metrics failed'));
    } else send(res, 404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, resolve));
  return Object.assign(server, { port: (server.address() as AddressInfo).port });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type }).end(body);
}
