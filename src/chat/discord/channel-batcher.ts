// Per-channel pacing for the transport. Sends to one channel run one after another; while a send is waiting its
// turn (or during a short collection window), further batchable items for the same key join it, so a burst of
// alerts for one channel becomes a few messages with several embeds instead of dozens of messages. Every caller
// gets the result (message id) or the error of the send that carried its item.

export interface BatcherOptions<T> {
  /** How long the first item of a batch waits for company; 0 still coalesces items that queue behind a send. */
  windowMs: number;
  maxItems: number;
  maxWeight: number;
  weigh(item: T): number;
}

interface Batch<T> {
  items: T[];
  weight: number;
  settle: { resolve(ref: string): void; reject(err: unknown): void }[];
}

export class ChannelBatcher<T> {
  private readonly open = new Map<string, Batch<T>>();
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly opts: BatcherOptions<T>) {}

  /** Queues `item` under `key` (items with equal keys may share a message) behind `channel`'s earlier sends. */
  add(channel: string, key: string | undefined, item: T, send: (items: T[]) => Promise<string>): Promise<string> {
    const weight = this.opts.weigh(item);
    const current = key === undefined ? undefined : this.open.get(key);
    if (current && current.items.length < this.opts.maxItems && current.weight + weight <= this.opts.maxWeight) {
      current.items.push(item);
      current.weight += weight;
      return new Promise((resolve, reject) => current.settle.push({ resolve, reject }));
    }
    const batch: Batch<T> = { items: [item], weight, settle: [] };
    if (key !== undefined) this.open.set(key, batch);
    const result = new Promise<string>((resolve, reject) => batch.settle.push({ resolve, reject }));
    const run = async () => {
      if (this.opts.windowMs > 0) await new Promise((r) => setTimeout(r, this.opts.windowMs));
      if (key !== undefined && this.open.get(key) === batch) this.open.delete(key);
      try {
        const ref = await send(batch.items);
        for (const s of batch.settle) s.resolve(ref);
      } catch (err) {
        for (const s of batch.settle) s.reject(err);
      }
    };
    const tail = (this.tails.get(channel) ?? Promise.resolve()).then(run);
    this.tails.set(channel, tail);
    void tail.finally(() => {
      if (this.tails.get(channel) === tail) this.tails.delete(channel);
    });
    return result;
  }

  /** Resolves when every queued send has finished. */
  async drain(): Promise<void> {
    while (this.tails.size) await Promise.all([...this.tails.values()]);
  }
}
