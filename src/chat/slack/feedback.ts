// "Not relevant" feedback on an alert, kept per claim for tuning its terms: itemId -> who said so and when.
import type { Stores } from '../../store/index.js';

export interface Feedback {
  user: string;
  channel: string;
  at: string;
}

export async function recordNotRelevant(stores: Stores, claimId: string, itemId: string, feedback: Feedback): Promise<void> {
  await stores.redis.hset(stores.keys.feedback(claimId), itemId, JSON.stringify(feedback));
}
