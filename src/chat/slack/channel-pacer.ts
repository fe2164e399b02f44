// Per-channel pacing for Slack's "about one message per second per channel". Posts to a channel go out one
// at a time, at least `intervalMs` apart; entries that share a batch key (alerts for the same thread) and are
// waiting together go out as one message. Channels do not wait for each other.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PacingOptions {
  /** Minimum gap between two posts to one channel. */
  intervalMs: number;
  /** How long an idle channel waits for companions before posting a batchable entry. */
  windowMs: number;
  maxBatch: number;
}

export const SLACK_PACING: PacingOptions = { intervalMs: 1_000, windowMs: 250, maxBatch: 5 };

interface Pending<T> {
  entry: T;
  resolve(ref: string): void;
  reject(err: unknown): void;
}

export class ChannelPacer<T> {
  private readonly lanes = new Map<string, Pending<T>[]>();
  private readonly lastPostAt = new Map<string, number>();
  private readonly draining = new Set<Promise<void>>();

  constructor(
    private readonly options: PacingOptions,
    /** Posts a batch (one entry, or several with the same key) and returns the message's ref. */
    private readonly post: (channel: string, batch: T[]) => Promise<string>,
    /** Entries with the same defined key may share a message. */
    private readonly batchKey: (entry: T) => string | undefined,
  ) {}

  submit(channel: string, entry: T): Promise<string> {
    return new Promise((resolve, reject) => {
      const lane = this.lanes.get(channel);
      if (lane) {
        lane.push({ entry, resolve, reject });
        return;
      }
      this.lanes.set(channel, [{ entry, resolve, reject }]);
      const run: Promise<void> = this.drain(channel).finally(() => this.draining.delete(run));
      this.draining.add(run);
    });
  }

  /** Resolves once every submitted entry has been posted or has failed. */
  async idle(): Promise<void> {
    while (this.draining.size) await Promise.all([...this.draining]);
  }

  private async drain(channel: string): Promise<void> {
    const lane = this.lanes.get(channel) as Pending<T>[];
    while (lane.length) {
      const key = this.batchKey((lane[0] as Pending<T>).entry);
      const sinceLast = Date.now() - (this.lastPostAt.get(channel) ?? 0);
      const wait = Math.max(this.options.intervalMs - sinceLast, key === undefined ? 0 : this.options.windowMs);
      if (wait > 0) await sleep(wait);
      const batch = this.take(lane, key);
      try {
        const ref = await this.post(channel, batch.map((p) => p.entry));
        for (const p of batch) p.resolve(ref);
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
      this.lastPostAt.set(channel, Date.now());
    }
    // No await between the emptiness check and the delete: a submit either joined this lane or starts a new one.
    this.lanes.delete(channel);
    this.forgetQuietChannels();
  }

  private take(lane: Pending<T>[], key: string | undefined): Pending<T>[] {
    const batch = lane.splice(0, 1);
    if (key === undefined) return batch;
    for (let i = 0; i < lane.length && batch.length < this.options.maxBatch; ) {
      if (this.batchKey((lane[i] as Pending<T>).entry) === key) batch.push(...lane.splice(i, 1));
      else i++;
    }
    return batch;
  }

  private forgetQuietChannels(): void {
    if (this.lastPostAt.size < 1_000) return;
    const cutoff = Date.now() - this.options.intervalMs;
    for (const [channel, at] of this.lastPostAt) if (at < cutoff) this.lastPostAt.delete(channel);
  }
}
