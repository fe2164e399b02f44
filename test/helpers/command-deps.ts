// CommandDeps over real Redis with recording feed operations, for command-core tests.
import type { Redis } from 'ioredis';
import type { CommandContext, CommandDeps } from '../../src/chat/core/commands/types.js';
import type { Registry } from '../../src/config/files.js';
import type { Feed } from '../../src/domain/feeds.js';
import { createStores } from '../../src/store/index.js';

export interface RecordingDeps extends CommandDeps {
  scheduled: Feed[];
  unscheduled: string[];
}

export function commandDeps(redis: Redis, prefix: string, registry: Registry, check?: CommandDeps['feeds']['check']): RecordingDeps {
  let n = 0;
  const scheduled: Feed[] = [];
  const unscheduled: string[] = [];
  return {
    stores: createStores(redis, prefix, registry.actors),
    sources: registry.sources,
    newId: () => `n${++n}`,
    scheduled,
    unscheduled,
    feeds: {
      check: check ?? (async () => ({ title: 'A feed', items: 3 })),
      schedule: async (f) => void scheduled.push(f),
      unschedule: async (id) => void unscheduled.push(id),
    },
  };
}

export function context(tenant: string, over: Partial<CommandContext> = {}): CommandContext {
  return { tenant, platform: 'discord', channelId: 'chan-1', userId: 'user-1', isAdmin: false, now: new Date('2024-06-02T12:00:00Z'), ...over };
}
