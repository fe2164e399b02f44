// The Discord adapter: a discord.js Client (Guilds intent only) whose REST client also carries the alert
// transport. start() logs in and answers slash commands through the command core; stop() drains queued sends
// and destroys the client.
import { Client, DiscordjsErrorCodes, Events, GatewayIntentBits, type RESTOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { ChatAdapter } from '../../app.js';
import type { CommandDeps } from '../core/commands/types.js';
import { registerCommands } from './command-definitions.js';
import { DiscordTransport } from './discord-transport.js';
import { createInteractionHandler } from './interactions.js';

export { buildCommandDefinitions, registerCommands, type RegisterOptions } from './command-definitions.js';
export { DiscordTransport } from './discord-transport.js';

export interface DiscordAdapterOptions {
  token: string;
  appId: string;
  /** DISCORD_API_URL, e.g. https://discord.com/api (the gateway URL is discovered through it). */
  apiUrl: string;
  /** With a development guild, start() also registers the commands there (guild commands update at once). */
  devGuild?: string;
  logger: Logger;
  restOptions?: Partial<RESTOptions>;
  /** See DiscordTransport: how long an alert waits for others to share its message. */
  coalesceWindowMs?: number;
  deferAfterMs?: number;
  /**
   * Rate limits on channel routes longer than this reject (the alert job is delayed in the queue) instead of
   * holding a worker; shorter ones are waited out by discord.js. Default 2000 ms.
   */
  longRateLimitMs?: number;
}

export function createDiscordAdapter(opts: DiscordAdapterOptions): ChatAdapter & { client: Client } {
  const longRateLimitMs = opts.longRateLimitMs ?? 2_000;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      rejectOnRateLimit: (limit) => limit.route.startsWith('/channels') && Math.max(limit.retryAfter, limit.timeToReset) > longRateLimitMs,
      ...opts.restOptions,
      api: opts.apiUrl,
    },
  });
  // The transport may be used before the gateway session is up (the alert worker starts first).
  client.rest.setToken(opts.token);
  const transport = new DiscordTransport(client.rest, opts.coalesceWindowMs === undefined ? {} : { coalesceWindowMs: opts.coalesceWindowMs });
  const log = opts.logger.child({ platform: 'discord' });

  return {
    client,
    transport,
    async start(commands: CommandDeps) {
      client.on(Events.InteractionCreate, createInteractionHandler({ deps: commands, logger: log, ...(opts.deferAfterMs === undefined ? {} : { deferAfterMs: opts.deferAfterMs }) }));
      client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(opts.token);
      } catch (err) {
        await client.destroy();
        const code = (err as { code?: unknown; status?: unknown }).code;
        if (code === DiscordjsErrorCodes.TokenInvalid || (err as { status?: unknown }).status === 401) {
          throw new Error('Discord rejected DISCORD_TOKEN (401): copy the bot token again from the Developer Portal (Bot > Reset Token)');
        }
        throw new Error(`Discord login failed: ${(err as Error).message}`);
      }
      await ready;
      if (opts.devGuild) {
        const { count } = await registerCommands({ token: opts.token, appId: opts.appId, apiUrl: opts.apiUrl, guildId: opts.devGuild, ...(opts.restOptions ? { restOptions: opts.restOptions } : {}) });
        log.info({ guild: opts.devGuild, count }, 'registered slash commands in the development guild');
      }
      log.info({ user: client.user?.tag }, 'discord adapter ready');
    },
    async stop() {
      await transport.drain();
      await client.destroy();
    },
  };
}
