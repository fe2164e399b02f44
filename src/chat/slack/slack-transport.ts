// ChatTransport for Slack: alerts and digests as Block Kit through chat.postMessage (paced per channel, bursts
// coalesced), status edits through chat.update. A short Retry-After is waited out here, holding only that
// channel; a long one becomes ChatDeliveryError('chat/rate-limited') so the alert job is delayed in the queue
// instead of a worker sleeping.
import { setTimeout as sleep } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';
import type { Alert } from '../../domain/alert/alert.js';
import type { ChannelRef } from '../../domain/subscription.js';
import type { ChatTransport, Delivery, Outbound } from '../core/transport.js';
import { LIMITS, section, toMessage, type SlackMessage } from './block-limits.js';
import { ChannelPacer, SLACK_PACING, type PacingOptions } from './channel-pacer.js';
import { escapeText, truncateAtWord } from './mrkdwn.js';
import { ALERTS_PER_MESSAGE, renderAlerts } from './render-alert.js';
import { renderDigest } from './render-digest.js';
import { toDeliveryError } from './slack-errors.js';

export interface RateLimitPolicy {
  /** Retry-After up to this long is waited out in place. */
  maxInlineWaitMs: number;
  /** How many 429s in a row one post may wait out before handing the delay to the queue. */
  maxInlineRetries: number;
}

export const SLACK_RATE_LIMIT_POLICY: RateLimitPolicy = { maxInlineWaitMs: 5_000, maxInlineRetries: 2 };

type Post = { alert: Alert; threadOf?: string } | { message: SlackMessage; threadOf?: string };

export interface SlackTransportOptions {
  /** A client with rejectRateLimitedCalls: true, so 429s reach the policy below. */
  client: WebClient;
  logger: Logger;
  pacing?: Partial<PacingOptions>;
  rateLimit?: RateLimitPolicy;
}

export class SlackTransport implements ChatTransport {
  readonly platform = 'slack' as const;
  private readonly pacer: ChannelPacer<Post>;
  private readonly client: WebClient;
  private readonly logger: Logger;
  private readonly rateLimit: RateLimitPolicy;

  constructor(options: SlackTransportOptions) {
    this.client = options.client;
    this.logger = options.logger;
    this.rateLimit = options.rateLimit ?? SLACK_RATE_LIMIT_POLICY;
    this.pacer = new ChannelPacer<Post>(
      { ...SLACK_PACING, maxBatch: ALERTS_PER_MESSAGE, ...options.pacing },
      (channel, batch) => this.post(channel, batch),
      // Only replies inside a claim's thread are merged: a thread root is edited later and must hold one alert.
      (p) => ('alert' in p && p.threadOf ? p.threadOf : undefined),
    );
  }

  async send(delivery: Delivery): Promise<string> {
    const channel = delivery.channel.id;
    const thread = delivery.threadOf ? { threadOf: delivery.threadOf } : {};
    const { message } = delivery;
    if (message.kind === 'alert') return this.pacer.submit(channel, { alert: message.alert, ...thread });
    const pages = message.kind === 'digest' ? renderDigest(message.digest) : [noticeMessage(message.text)];
    const refs: string[] = [];
    for (const page of pages) refs.push(await this.pacer.submit(channel, { message: page, ...thread }));
    return refs[0] as string;
  }

  async edit(channel: ChannelRef, messageRef: string, message: Outbound): Promise<void> {
    const rendered = message.kind === 'alert' ? renderAlerts([message.alert]) : message.kind === 'digest' ? (renderDigest(message.digest)[0] as SlackMessage) : noticeMessage(message.text);
    await this.call('chat.update', () => this.client.chat.update({ channel: channel.id, ts: messageRef, ...rendered }));
  }

  /** Waits for paced posts still queued (graceful shutdown). */
  idle(): Promise<void> {
    return this.pacer.idle();
  }

  private async post(channel: string, batch: Post[]): Promise<string> {
    const first = batch[0] as Post;
    const rendered = 'alert' in first ? renderAlerts(batch.flatMap((p) => ('alert' in p ? [p.alert] : []))) : first.message;
    const res = await this.call('chat.postMessage', () =>
      this.client.chat.postMessage({ channel, ...rendered, ...(first.threadOf ? { thread_ts: first.threadOf } : {}), unfurl_links: false, unfurl_media: false }),
    );
    if (!res.ts) throw toDeliveryError(new Error('no ts in the response'), 'chat.postMessage');
    return res.ts;
  }

  private async call<T>(method: string, request: () => Promise<T>): Promise<T> {
    for (let waited = 0; ; waited++) {
      try {
        return await request();
      } catch (err) {
        const failure = toDeliveryError(err, method);
        const wait = failure.retryAfterMs ?? 0;
        if (failure.code !== 'chat/rate-limited' || waited >= this.rateLimit.maxInlineRetries || wait > this.rateLimit.maxInlineWaitMs) throw failure;
        this.logger.info({ method, retryAfterMs: wait }, 'slack rate limit: waiting before retrying');
        await sleep(wait);
      }
    }
  }
}

function noticeMessage(text: string): SlackMessage {
  const escaped = escapeText(text);
  return toMessage(truncateAtWord(escaped, LIMITS.fallbackText), [section(truncateAtWord(escaped, LIMITS.sectionText))]);
}
