import type { Actor, Claim } from '../../../../src/domain/model.js';

export function claim(id: string, statement: string, extra: Partial<Claim> = {}): Claim {
  return { id, tenant: 't', statement, required: [], keywords: [], excluded: [], actorIds: [], createdAt: '2024-01-01T00:00:00.000Z', ...extra };
}

export function actor(id: string, name: string, extra: Partial<Actor> = {}): Actor {
  return { id, name, kind: 'person', aliases: [], ...extra };
}
