// The seam between the pipeline and a chat platform. Adapters translate neutral messages into their platform's
// payloads and their platform's failures into ChatDeliveryError codes the alert worker acts on.
import type { Alert } from '../../domain/alert/alert.js';
import type { ChannelRef, Platform } from '../../domain/subscription.js';
import type { Digest } from '../../domain/digest/digest.js';

export type Outbound =
  | { kind: 'alert'; alert: Alert }
  | { kind: 'digest'; digest: Digest }
  | { kind: 'notice'; text: string };

export interface Delivery {
  channel: ChannelRef;
  message: Outbound;
  /** Post inside the thread rooted at this message (Discord thread, Slack thread_ts). */
  threadOf?: string;
}

export interface ChatTransport {
  readonly platform: Platform;
  /** Returns the platform's reference to the posted message (message id, Slack ts), used for threads and edits. */
  send(delivery: Delivery): Promise<string>;
  /** Rewrites a posted message in place (a thread root's status line). */
  edit(channel: ChannelRef, messageRef: string, message: Outbound): Promise<void>;
}
