// What a chat platform's failure means for delivery: wait, give up on the channel, or retry.
export type ChatErrorCode = 'chat/rate-limited' | 'chat/channel-unavailable' | 'chat/transient';

export class ChatDeliveryError extends Error {
  constructor(
    readonly code: ChatErrorCode,
    message: string,
    /** For chat/rate-limited: how long the platform asked us to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ChatDeliveryError';
  }
}
