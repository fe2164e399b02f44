// ChatTransport for Discord over discord.js's REST client (one rate limiter for the whole bot). Alerts are embeds,
// digests are pages of embeds, notices are plain content; `allowed_mentions: { parse: [] }` is on every message.
//
// Coalescing: alerts posted into an existing claim thread, and actor alerts, are batched per (channel, thread)
// by ChannelBatcher: up to 10 embeds and 6000 characters per message. A claim alert without a thread is never
// batched, because its message becomes the thread root whose status line is later edited in place.
//
// Threads: the first follow-up to a root message creates a thread from it; the thread id is remembered in
// memory. After a restart the create call answers "thread already created" (160004) and the thread's id is the
// root message's id, as Discord gives a message-started thread its message's id. A thread that cannot be used
// (archived, locked, deleted, no permission) sends the alert to the channel itself instead of losing it.
import { Routes, type APIEmbed, type APIMessage, type REST, RESTJSONErrorCodes, DiscordAPIError } from 'discord.js';
import type { ChannelRef } from '../../domain/subscription.js';
import type { ChatTransport, Delivery, Outbound } from '../core/transport.js';
import { alertEmbed } from './alert-embed.js';
import { ChannelBatcher } from './channel-batcher.js';
import { toDeliveryError, isThreadProblem } from './delivery-errors.js';
import { digestEmbeds } from './digest-embeds.js';
import { EMBED_LIMITS, assertEmbedLimits, clip, embedLength } from './embed-limits.js';
import { defuseMentions } from './safe-text.js';

export interface DiscordTransportOptions {
  /** Milliseconds the first alert of a batch waits for more; 0 coalesces only what queues behind a send. */
  coalesceWindowMs?: number;
}

const NO_MENTIONS = { parse: [] as never[] };
const THREAD_NAME_MAX = 100;

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions: typeof NO_MENTIONS;
}

export class DiscordTransport implements ChatTransport {
  readonly platform = 'discord' as const;
  private readonly threads = new Map<string, string>();
  private readonly batcher: ChannelBatcher<APIEmbed>;

  constructor(private readonly rest: REST, opts: DiscordTransportOptions = {}) {
    this.batcher = new ChannelBatcher<APIEmbed>({ windowMs: opts.coalesceWindowMs ?? 1_000, maxItems: EMBED_LIMITS.embedsPerMessage, maxWeight: EMBED_LIMITS.total, weigh: embedLength });
  }

  async send({ channel, message, threadOf }: Delivery): Promise<string> {
    try {
      if (message.kind === 'alert') {
        const embed = alertEmbed(message.alert);
        const batchable = threadOf !== undefined || message.alert.target.kind === 'actor';
        const key = batchable ? `${channel.id}|${threadOf ?? ''}` : undefined;
        return await this.batcher.add(channel.id, key, embed, (embeds) => this.post(channel.id, threadOf, message.alert.target.text, { embeds: assertEmbedLimits(embeds), allowed_mentions: NO_MENTIONS }));
      }
      const bodies = this.bodies(message);
      return await this.batcher.add(channel.id, undefined, {}, async () => {
        const refs: string[] = [];
        for (const body of bodies) refs.push(await this.post(channel.id, threadOf, 'claimwatch', body));
        return refs[0] ?? '';
      });
    } catch (err) {
      throw toDeliveryError(err, channel.id);
    }
  }

  async edit(channel: ChannelRef, messageRef: string, message: Outbound): Promise<void> {
    const [body] = this.bodies(message);
    try {
      await this.rest.patch(Routes.channelMessage(channel.id, messageRef), { body });
    } catch (err) {
      throw toDeliveryError(err, channel.id);
    }
  }

  /** Waits for queued sends (used on shutdown so accepted alerts are not cut off). */
  drain(): Promise<void> {
    return this.batcher.drain();
  }

  private bodies(message: Outbound): MessageBody[] {
    if (message.kind === 'alert') return [{ embeds: [alertEmbed(message.alert)], allowed_mentions: NO_MENTIONS }];
    if (message.kind === 'digest') return digestEmbeds(message.digest).map((e) => ({ embeds: [e], allowed_mentions: NO_MENTIONS }));
    return [{ content: clip(defuseMentions(message.text), 2_000), allowed_mentions: NO_MENTIONS }];
  }

  private async post(channelId: string, threadOf: string | undefined, threadName: string, body: MessageBody): Promise<string> {
    if (threadOf !== undefined) {
      try {
        const threadId = await this.thread(channelId, threadOf, threadName);
        return await this.postTo(threadId, body);
      } catch (err) {
        if (!isThreadProblem(err)) throw err;
        this.threads.delete(threadOf);
      }
    }
    return this.postTo(channelId, body);
  }

  private async postTo(channelId: string, body: MessageBody): Promise<string> {
    const msg = (await this.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
    return msg.id;
  }

  private async thread(channelId: string, rootId: string, name: string): Promise<string> {
    const known = this.threads.get(rootId);
    if (known) return known;
    let threadId: string;
    try {
      const created = (await this.rest.post(Routes.threads(channelId, rootId), { body: { name: clip(name.replace(/\s+/g, ' ').trim() || 'claim', THREAD_NAME_MAX), auto_archive_duration: 10_080 } })) as { id: string };
      threadId = created.id;
    } catch (err) {
      if (!(err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.ThreadAlreadyCreatedForMessage)) throw err;
      threadId = rootId;
    }
    this.threads.set(rootId, threadId);
    return threadId;
  }
}
