// FakeSlack: a local stand-in for the Slack Web API (POST /api/<method>) and for response_url
// (POST /respond/<id>). It records every call, answers with plausible defaults and lets a test script the next
// responses of a method (429 with Retry-After, ok:false errors, 5xx). Socket Mode: apps.connections.open hands
// out ws://…/socket, where the fake says hello, pushes envelopes and records the app's acks.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedCall {
  method: string;
  /** Form fields or JSON body; Block Kit arrays arrive JSON-encoded inside forms and are decoded here. */
  body: Record<string, unknown>;
  headers: http.IncomingHttpHeaders;
  at: number;
  /** What the fake answered (e.g. the `ts` of a posted message). */
  response?: unknown;
}

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const JSON_FIELDS = ['blocks', 'view', 'attachments'];

function decodeBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const body: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const f of JSON_FIELDS) if (typeof body[f] === 'string') body[f] = JSON.parse(body[f] as string);
  return body;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** Bodies POSTed to response_url, by the id in /respond/<id>. */
  readonly responses: Array<{ id: string; body: Record<string, unknown> }> = [];
  readonly admins = new Set<string>();
  private readonly scripts = new Map<string, ScriptedResponse[]>();
  /** Frames the app sent over the Socket Mode connection (acks: {envelope_id, payload}). */
  readonly socketFrames: Array<Record<string, unknown>> = [];
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private readonly sockets = new WebSocketServer({ server: this.server, path: '/socket' });
  private socket: WebSocket | undefined;
  private nextTs = 1_700_000_000;
  port = 0;

  constructor() {
    this.sockets.on('connection', (ws) => {
      this.socket = ws;
      ws.on('message', (raw) => this.socketFrames.push(JSON.parse(String(raw)) as Record<string, unknown>));
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0FAKE' } }));
    });
  }

  /** Pushes a Socket Mode envelope to the connected app. */
  pushEnvelope(envelope: Record<string, unknown>): void {
    if (!this.socket) throw new Error('FakeSlack: no Socket Mode connection');
    this.socket.send(JSON.stringify(envelope));
  }

  static async start(): Promise<FakeSlack> {
    const fake = new FakeSlack();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  /** The next responses of `method`, in order; after they are used up the defaults apply again. */
  script(method: string, ...responses: ScriptedResponse[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...responses]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async waitFor<T>(find: () => T | undefined, timeoutMs = 8_000, what = 'a call'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`FakeSlack: timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  waitForCall(method: string, count = 1, timeoutMs?: number): Promise<RecordedCall[]> {
    return this.waitFor(() => (this.callsTo(method).length >= count ? this.callsTo(method) : undefined), timeoutMs, `${count} ${method} call(s)`);
  }

  waitForResponse(id: string, timeoutMs?: number): Promise<Record<string, unknown>> {
    return this.waitFor(() => this.responses.find((r) => r.id === id)?.body, timeoutMs, `a response_url post to ${id}`);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.scripts.clear();
  }

  async close(): Promise<void> {
    for (const ws of this.sockets.clients) ws.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = decodeBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']);
    const url = new URL(req.url ?? '/', 'http://fake');
    const respond = /^\/respond\/([^/]+)$/.exec(url.pathname);
    if (respond) {
      this.responses.push({ id: respond[1] as string, body });
      return this.send(res, { status: 200, body: 'ok' });
    }
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (!api) return this.send(res, { status: 404, body: { ok: false, error: 'unknown_path' } });
    const method = api[1] as string;
    const call: RecordedCall = { method, body, headers: req.headers, at: Date.now() };
    this.calls.push(call);
    const answer = this.scripts.get(method)?.shift() ?? { body: this.defaultResponse(method, body) };
    call.response = answer.body;
    this.send(res, answer);
  }

  private defaultResponse(method: string, body: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'claimwatch', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${this.nextTs++}.000100`, message: { text: body.text } };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts };
      case 'users.info': {
        const id = String(body.user);
        return { ok: true, user: { id, name: id.toLowerCase(), is_admin: this.admins.has(id), is_owner: false, is_primary_owner: false } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'views.publish':
        return { ok: true, view: { id: 'V1', ...(body.view as object) } };
      default:
        return { ok: true };
    }
  }

  private send(res: http.ServerResponse, r: ScriptedResponse): void {
    const text = typeof r.body === 'string' ? r.body : JSON.stringify(r.body ?? { ok: true });
    res.writeHead(r.status ?? 200, { 'content-type': typeof r.body === 'string' ? 'text/plain' : 'application/json', ...r.headers });
    res.end(text);
  }
}
