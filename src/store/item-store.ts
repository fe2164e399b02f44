import type { Redis } from 'ioredis';
import { z } from 'zod';
import { ItemSchema, JudgementSchema, type Item, type Judgement } from '../domain/model.js';
import type { Keys } from './keys.js';
import { decode } from './redis-json.js';

/** Items and the engine's judgement of them live this long; matches per claim keep their own index. */
const RETENTION_SECONDS = 60 * 24 * 3600;

const StoredItemSchema = z.object({ item: ItemSchema, judgement: JudgementSchema.optional() });

export interface StoredItem {
  item: Item;
  judgement?: Judgement;
}

export class ItemStore {
  constructor(private readonly redis: Redis, private readonly keys: Keys) {}

  async put(item: Item, judgement?: Judgement): Promise<void> {
    const value: StoredItem = { item: ItemSchema.parse(item), ...(judgement ? { judgement: JudgementSchema.parse(judgement) } : {}) };
    await this.redis.set(this.keys.item(item.id), JSON.stringify(value), 'EX', RETENTION_SECONDS);
  }

  async get(id: string): Promise<StoredItem | undefined> {
    const raw = await this.redis.get(this.keys.item(id));
    if (raw === null) return undefined;
    const data = decode(StoredItemSchema, this.keys.item(id), raw);
    return data.judgement ? { item: data.item, judgement: data.judgement } : { item: data.item };
  }

  async many(ids: readonly string[]): Promise<StoredItem[]> {
    const found = await Promise.all(ids.map((id) => this.get(id)));
    return found.filter((x): x is StoredItem => x !== undefined);
  }
}
