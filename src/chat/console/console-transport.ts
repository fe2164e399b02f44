// The sink used when no chat platform is configured: readable alerts, or JSON Lines (ALERT_FORMAT=json) for
// piping into other tools.
import { randomUUID } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ChatTransport, Delivery } from '../core/transport.js';
import { renderText } from './render-text.js';

export class ConsoleTransport implements ChatTransport {
  readonly platform = 'console' as const;

  constructor(private readonly out: Writable, private readonly format: 'text' | 'json') {}

  async send(delivery: Delivery): Promise<string> {
    const ref = randomUUID();
    this.write(this.format === 'json' ? JSON.stringify({ ref, threadOf: delivery.threadOf, ...delivery.message }) : renderText(delivery.message));
    return ref;
  }

  async edit(_channel: Delivery['channel'], ref: string, message: Delivery['message']): Promise<void> {
    if (this.format === 'json') this.write(JSON.stringify({ ref, edited: true, ...message }));
  }

  private write(text: string): void {
    this.out.write(`${text}\n`);
  }
}
