// Discord's failures translated into what the alert worker acts on: wait (rate-limited), stop posting to the
// channel (channel-unavailable: Discord bans IPs that keep making invalid requests), or retry (transient).
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { ChatDeliveryError } from '../core/errors.js';

const CHANNEL_GONE = new Set<number | string>([RESTJSONErrorCodes.MissingAccess, RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.MissingPermissions]);

/** A ChatDeliveryError for the failures the worker handles; other errors (a 400 is our bug) are returned as they are. */
export function toDeliveryError(err: unknown, channelId: string): unknown {
  if (err instanceof ChatDeliveryError) return err;
  if (err instanceof RateLimitError) {
    return new ChatDeliveryError('chat/rate-limited', `Discord rate limit on ${err.route}: retry in ${err.retryAfter} ms`, Math.max(err.retryAfter, err.timeToReset));
  }
  if (err instanceof DiscordAPIError) {
    if (err.status === 403 || err.status === 404 || CHANNEL_GONE.has(err.code)) {
      return new ChatDeliveryError('chat/channel-unavailable', `Discord refused channel ${channelId}: ${err.message} (${err.code})`);
    }
    if (err.status >= 500) return new ChatDeliveryError('chat/transient', `Discord error ${err.status}: ${err.message}`);
    return err;
  }
  if (err instanceof HTTPError) return new ChatDeliveryError('chat/transient', `Discord HTTP ${err.status}: ${err.message}`);
  // Network failures and timeouts (undici, AbortError) surface as plain errors.
  if (err instanceof Error) return new ChatDeliveryError('chat/transient', `Discord unreachable: ${err.message}`);
  return err;
}

/** True when a thread (not its channel) is the problem: archived, locked, deleted, or not creatable here. */
export function isThreadProblem(err: unknown): boolean {
  return err instanceof DiscordAPIError && err.status >= 400 && err.status < 500 && err.status !== 429;
}
