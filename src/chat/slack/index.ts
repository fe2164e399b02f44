// The Slack adapter: a Bolt app for /claimwatch, the alert buttons and the App Home tab (HTTP with request
// signing, or Socket Mode when an app token is given), plus the transport the alert worker sends through.
// Construction does no I/O; start() builds the Bolt app (auth.test) and listens.
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { WebClient, type WebClientOptions } from '@slack/web-api';
import type { Logger } from 'pino';
import type { ChatAdapter } from '../../app.js';
import type { CommandDeps } from '../core/commands/types.js';
import { AdminCheck } from './admin-check.js';
import { boltLogger } from './bolt-logger.js';
import type { PacingOptions } from './channel-pacer.js';
import { registerAlertButtons } from './handlers/alert-buttons.js';
import { registerAppHome } from './handlers/app-home.js';
import { registerSlashCommand } from './handlers/slash-command.js';
import { SlackTransport, type RateLimitPolicy } from './slack-transport.js';

export interface SlackAdapterOptions {
  botToken: string;
  /** HTTP mode: requests are verified with it. */
  signingSecret?: string;
  /** Socket Mode (no public URL) when set. */
  appToken?: string;
  /** Web API base, e.g. https://slack.com/api/ (tests: a local fake). */
  apiUrl: string;
  /** HTTP mode listen address; port 0 picks a free one (read it from `adapter.port` after start). */
  port: number;
  host?: string;
  /** Slack user ids allowed to run admin subcommands besides workspace admins/owners. */
  adminUsers: string[];
  logger: Logger;
  /** Extra WebClient options (tests inject a fast retryConfig); slackApiUrl always comes from apiUrl. */
  clientOptions?: Omit<WebClientOptions, 'slackApiUrl'>;
  pacing?: Partial<PacingOptions>;
  rateLimit?: RateLimitPolicy;
  /** How long a command may run before the ack says "working on it" (Slack allows 3 s in all). */
  ackBudgetMs?: number;
  now?: () => Date;
}

export interface SlackAdapter extends ChatAdapter {
  readonly transport: SlackTransport;
  readonly mode: 'http' | 'socket';
  /** The bound HTTP port once started (HTTP mode). */
  readonly port: number | undefined;
}

/** Production retries for 5xx and network errors; 429s are handled by the transport's policy and Bolt's client. */
export const SLACK_RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4_000 };
export const SLACK_ACK_BUDGET_MS = 2_000;

export function createSlackAdapter(opts: SlackAdapterOptions): SlackAdapter {
  if (!opts.signingSecret && !opts.appToken) throw new Error('slack: a signing secret (HTTP mode) or an app token (Socket Mode) is required');
  const logger = boltLogger(opts.logger);
  const clientOptions: WebClientOptions = { retryConfig: SLACK_RETRY_CONFIG, ...opts.clientOptions, logger, slackApiUrl: opts.apiUrl };
  // The transport's client hands 429s to the transport (wait a little in place, or delay the job in the queue).
  const transport = new SlackTransport({
    client: new WebClient(opts.botToken, { ...clientOptions, rejectRateLimitedCalls: true }),
    logger: opts.logger,
    ...(opts.pacing ? { pacing: opts.pacing } : {}),
    ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}),
  });
  const mode = opts.appToken ? 'socket' : 'http';
  let app: App | undefined;
  let port: number | undefined;

  return {
    transport,
    mode,
    get port() {
      return port;
    },
    async start(commands: CommandDeps) {
      const common = { token: opts.botToken, logger, clientOptions, deferInitialization: true } as const;
      app = opts.appToken
        ? new App({ ...common, appToken: opts.appToken, socketMode: true })
        : new App({ ...common, signingSecret: opts.signingSecret as string });
      // init() runs auth.test: a wrong token fails the start, not the first command.
      await app.init();
      const deps = { commands, admins: new AdminCheck(app.client, new Set(opts.adminUsers), opts.logger), logger: opts.logger, now: opts.now ?? (() => new Date()), ackBudgetMs: opts.ackBudgetMs ?? SLACK_ACK_BUDGET_MS };
      registerSlashCommand(app, deps);
      registerAlertButtons(app, deps);
      registerAppHome(app, deps);
      app.error(async (err) => {
        opts.logger.error({ err }, 'slack listener error');
      });
      if (opts.appToken) {
        await app.start();
      } else {
        const server = await app.start({ port: opts.port, host: opts.host ?? '0.0.0.0' });
        port = (server.address() as AddressInfo).port;
      }
      opts.logger.info({ mode, port }, 'slack adapter started');
    },
    async stop() {
      await app?.stop();
      app = undefined;
    },
  };
}
