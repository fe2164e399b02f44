// Slack Web API failures -> the delivery codes the alert worker acts on (pause the subscription, delay the job,
// or retry with backoff).
import { ChatDeliveryError } from '../core/errors.js';

/** Errors that will not go away by retrying: the channel (or the bot's access to it) is gone. */
const CHANNEL_UNAVAILABLE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'invalid_auth', 'token_revoked', 'restricted_action']);

interface SlackErrorShape {
  code?: string;
  retryAfter?: number;
  statusCode?: number;
  data?: { error?: string; response_metadata?: { retryAfter?: number } };
}

export function toDeliveryError(err: unknown, method: string): ChatDeliveryError {
  if (err instanceof ChatDeliveryError) return err;
  const e = (err ?? {}) as SlackErrorShape;
  if (e.code === 'slack_webapi_rate_limited_error') {
    return new ChatDeliveryError('chat/rate-limited', `slack: ${method} rate limited`, (e.retryAfter ?? 1) * 1_000);
  }
  const platformError = e.code === 'slack_webapi_platform_error' ? e.data?.error : undefined;
  if (platformError && CHANNEL_UNAVAILABLE.has(platformError)) return new ChatDeliveryError('chat/channel-unavailable', `slack: ${platformError}`);
  if (platformError === 'ratelimited') {
    return new ChatDeliveryError('chat/rate-limited', `slack: ${method} rate limited`, (e.data?.response_metadata?.retryAfter ?? 1) * 1_000);
  }
  const detail = platformError ?? (e.statusCode ? `HTTP ${e.statusCode}` : err instanceof Error ? err.message : String(err));
  return new ChatDeliveryError('chat/transient', `slack: ${method} failed: ${detail}`);
}
