// Every payload read back from Redis is parsed with its zod schema: a corrupt or foreign value is reported
// with the key it came from instead of flowing on as a half-typed object.
import type { z } from 'zod';

export class StoredPayloadError extends Error {
  readonly code = 'store/invalid-payload';
  constructor(readonly key: string, detail: string) {
    super(`Redis value at ${key} is not valid: ${detail}`);
    this.name = 'StoredPayloadError';
  }
}

export function decode<T>(schema: z.ZodType<T>, key: string, raw: string): T {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new StoredPayloadError(key, 'not JSON');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new StoredPayloadError(key, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

export function decodeAll<T>(schema: z.ZodType<T>, key: string, raws: Iterable<string | null>): T[] {
  const out: T[] = [];
  for (const raw of raws) if (raw !== null) out.push(decode(schema, key, raw));
  return out;
}
