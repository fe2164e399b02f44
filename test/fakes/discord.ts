// A fake Discord for tests: REST and gateway on one 127.0.0.1 port, enough of both for discord.js 14 to log in,
// receive interactions and post messages. Records every REST request; responses can be scripted per route
// (429s always carry Retry-After, as real Discord's do; without it discord.js retries in a tight loop).
// Protocol notes: ../../../shared/notes/chat-testing.md section 2.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path without the query, with %40 decoded to @. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: any;
  at: number;
  /** The status the fake answered with. */
  status?: number;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface FakeGuild {
  id: string;
  channels: string[];
}

export interface SlashOptions {
  guildId?: string;
  channelId?: string;
  userId?: string;
  /** Member permission bits as a decimal string; the default has every permission. */
  permissions?: string;
  group: string;
  sub: string;
  options?: Record<string, string | number>;
  /** Option types by name when not a string (3): channel 7, integer 4. */
  types?: Record<string, number>;
}

const ALL_PERMISSIONS = '2147483647';
/** Every permission except Administrator (0x8, which implies all) and Manage Server (0x20). */
export const NO_MANAGE_GUILD = String(2147483647 & ~0x8 & ~0x20);

let snowflake = 1_300_000_000_000_000_000n;
export const nextId = (): string => String(++snowflake);

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly appId = '1100000000000000001';
  readonly botId = '1100000000000000002';
  /** Tokens GET /gateway/bot answers with 401. */
  readonly invalidTokens = new Set<string>();
  private readonly scripts = new Map<string, ScriptedResponse[]>();
  private readonly sockets = new Set<WebSocket>();
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private seq = 1;
  port = 0;

  constructor(readonly guilds: FakeGuild[] = []) {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ server: this.server, path: '/gateway' });
    this.wss.on('connection', (ws) => this.connect(ws));
  }

  static async start(guilds: FakeGuild[] = []): Promise<FakeDiscord> {
    const fake = new FakeDiscord(guilds);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Answers the next requests matching `METHOD /path` (a regexp source over the unversioned path) in order. */
  script(method: string, pathPattern: string, responses: ScriptedResponse[]): void {
    const key = `${method.toUpperCase()} ${pathPattern}`;
    this.scripts.set(key, [...(this.scripts.get(key) ?? []), ...responses]);
  }

  /** Messages the fake accepted (2xx) into a channel or thread. */
  messagesTo(channelId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages` && (r.status ?? 0) < 300);
  }

  callbacks(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/callback'));
  }

  async waitFor(predicate: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`fake discord: no matching request within ${timeoutMs} ms; saw ${this.requests.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Sends a gateway dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) ws.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  /** Dispatches a slash command and waits for the bot's first answer to it (reply or defer). */
  async command(opts: SlashOptions): Promise<RecordedRequest> {
    const payload = slashPayload(this.appId, opts);
    this.dispatch('INTERACTION_CREATE', payload);
    return this.waitFor((r) => r.path.includes(`/interactions/${payload.id}/`));
  }

  /** The final answer to an interaction: the callback body's data, or the deferred reply's edit. */
  async answer(opts: SlashOptions): Promise<{ deferred: boolean; data: any }> {
    const payload = slashPayload(this.appId, opts);
    this.dispatch('INTERACTION_CREATE', payload);
    const cb = await this.waitFor((r) => r.path.includes(`/interactions/${payload.id}/`));
    if (cb.body.type !== 5) return { deferred: false, data: cb.body.data };
    const edit = await this.waitFor((r) => r.method === 'PATCH' && r.path.includes(`/webhooks/${this.appId}/${payload.token}/messages/@original`));
    return { deferred: true, data: edit.body };
  }

  /** Dispatches an autocomplete interaction with `focused` being typed and returns the offered choices. */
  async autocomplete(opts: SlashOptions, focused: string): Promise<Array<{ name: string; value: string }>> {
    const payload = slashPayload(this.appId, opts, 4, focused);
    this.dispatch('INTERACTION_CREATE', payload);
    const cb = await this.waitFor((r) => r.path.includes(`/interactions/${payload.id}/`));
    if (cb.body.type !== 8) throw new Error(`expected an autocomplete result, got callback type ${cb.body.type}`);
    return cb.body.data.choices;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private connect(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
    ws.on('message', (raw) => {
      const p = JSON.parse(String(raw)) as { op: number; d: any };
      if (p.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (p.op === 6) ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
      if (p.op !== 2) return;
      const ready = {
        v: 10,
        session_id: 'fake-session',
        resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
        user: { id: this.botId, username: 'claimwatch', discriminator: '0', global_name: null, avatar: null, bot: true },
        guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
        application: { id: this.appId, flags: 0 },
        shard: p.d.shard ?? [0, 1],
      };
      ws.send(JSON.stringify({ op: 0, t: 'READY', s: ++this.seq, d: ready }));
      for (const g of this.guilds) ws.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: guildCreate(g) }));
    });
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON: keep the text */
    }
    const method = req.method ?? 'GET';
    const recorded: RecordedRequest = { method, path, query: url.searchParams, headers: req.headers, body, at: Date.now() };
    this.requests.push(recorded);
    const send = (r: ScriptedResponse) => {
      recorded.status = r.status;
      res.writeHead(r.status, { ...(r.body === undefined ? {} : { 'content-type': 'application/json' }), ...r.headers });
      res.end(r.body === undefined ? '' : JSON.stringify(r.body));
    };

    const bare = path.replace(/^\/api(\/v\d+)?/, '');
    for (const [key, queue] of this.scripts) {
      const [m, pattern] = key.split(' ', 2) as [string, string];
      if (m === method && new RegExp(`^${pattern}$`).test(bare) && queue.length) return send(queue.shift() as ScriptedResponse);
    }
    send(this.route(method, bare, req.headers, body));
  }

  private route(method: string, path: string, headers: http.IncomingHttpHeaders, body: any): ScriptedResponse {
    let m: RegExpMatchArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      const token = String(headers.authorization ?? '').replace(/^Bot /, '');
      if (this.invalidTokens.has(token)) return { status: 401, body: { message: '401: Unauthorized', code: 0 } };
      return { status: 200, body: { url: `ws://127.0.0.1:${this.port}/gateway`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 60_000, max_concurrency: 1 } } };
    }
    if (method === 'POST' && /^\/interactions\/[^/]+\/[^/]+\/callback$/.test(path)) return { status: 204 };
    if ((m = path.match(/^\/webhooks\/[^/]+\/[^/]+(?:\/messages\/(@original|\d+))?$/))) return { status: 200, body: message(nextId(), 'webhook', body) };
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)\/threads$/))) {
      return { status: 201, body: { id: m[2], type: 11, parent_id: m[1], name: body?.name ?? '', guild_id: this.guildOf(m[1] as string) } };
    }
    if (method === 'POST' && (m = path.match(/^\/channels\/(\d+)\/messages$/))) return { status: 200, body: message(nextId(), m[1] as string, body) };
    if (method === 'PATCH' && (m = path.match(/^\/channels\/(\d+)\/messages\/(\d+)$/))) return { status: 200, body: message(m[2] as string, m[1] as string, body) };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return { status: 200, body: (body as any[]).map((c) => ({ ...c, id: nextId(), application_id: this.appId, version: '1' })) };
    }
    return { status: 404, body: { message: `fake discord: no route ${method} ${path}`, code: 0 } };
  }

  private guildOf(channelId: string): string | undefined {
    return this.guilds.find((g) => g.channels.includes(channelId))?.id;
  }
}

function message(id: string, channelId: string, body: any) {
  return {
    id,
    channel_id: channelId,
    type: 0,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    components: [],
    author: { id: '1100000000000000002', username: 'claimwatch', discriminator: '0', avatar: null, bot: true },
  };
}

function guildCreate(g: FakeGuild) {
  return {
    id: g.id,
    name: `Guild ${g.id}`,
    owner_id: '1100000000000000009',
    icon: null,
    features: [],
    roles: [],
    emojis: [],
    stickers: [],
    members: [],
    member_count: 1,
    channels: g.channels.map((c, i) => ({ id: c, type: 0, name: `channel-${i}`, position: i, permission_overwrites: [] })),
    threads: [],
    presences: [],
    voice_states: [],
    unavailable: false,
    large: false,
    joined_at: new Date().toISOString(),
  };
}

/** An INTERACTION_CREATE payload for `/group sub opts...`, in a guild unless `guildId` is ''. */
export function slashPayload(appId: string, opts: SlashOptions, type: 2 | 4 = 2, focused?: string) {
  const guildId = opts.guildId ?? '1200000000000000001';
  const channelId = opts.channelId ?? '1200000000000000011';
  const user = { id: opts.userId ?? '1200000000000000021', username: 'alice', discriminator: '0', avatar: null, global_name: null };
  const options = Object.entries(opts.options ?? {}).map(([name, value]) => ({ name, type: opts.types?.[name] ?? 3, value, ...(name === focused ? { focused: true } : {}) }));
  const inGuild = guildId !== '';
  return {
    id: nextId(),
    application_id: appId,
    type,
    token: `itok-${nextId()}`,
    version: 1,
    ...(inGuild
      ? {
          guild_id: guildId,
          channel_id: channelId,
          channel: { id: channelId, type: 0, name: 'alerts', guild_id: guildId },
          member: { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: opts.permissions ?? ALL_PERMISSIONS },
          authorizing_integration_owners: { 0: guildId },
          context: 0,
        }
      : { channel_id: channelId, channel: { id: channelId, type: 1 }, user, authorizing_integration_owners: { 1: user.id }, context: 1 }),
    app_permissions: ALL_PERMISSIONS,
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    data: { id: nextId(), name: opts.group, type: 1, options: [{ name: opts.sub, type: 1, options }] },
  };
}
