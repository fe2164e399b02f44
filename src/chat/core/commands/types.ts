// The command core's contract: commands are declared once (name, options, zod schema, handler) and each chat
// adapter turns the declarations into its own surface (Discord slash commands, Slack `/claimwatch` text).
import type { z } from 'zod';
import type { Feed } from '../../../domain/feeds.js';
import type { Source } from '../../../domain/model.js';
import type { Platform } from '../../../domain/subscription.js';
import type { Stores } from '../../../store/index.js';
import type { Reply } from '../reply.js';

export interface CommandContext {
  /** `discord:<guild>`, `slack:<team>` or `console`: every read and write is scoped to it. */
  tenant: string;
  platform: Platform;
  channelId: string;
  userId: string;
  /** Manage Server on Discord, workspace admin or allow-listed on Slack. */
  isAdmin: boolean;
  now: Date;
}

export interface FeedOps {
  /** Fetches and parses a URL (with the address guard); throws a FeedError with a readable message. */
  check(url: string): Promise<{ title: string; items: number }>;
  schedule(feed: Feed): Promise<void>;
  unschedule(feedId: string): Promise<void>;
}

export interface DigestOps {
  set(ctx: CommandContext, time: string, timeZone: string): Promise<void>;
  off(ctx: CommandContext): Promise<void>;
  preview(ctx: CommandContext): Promise<Reply>;
}

export interface CommandDeps {
  stores: Stores;
  sources: readonly Source[];
  feeds: FeedOps;
  digest?: DigestOps;
  newId: () => string;
}

export type OptionType = 'string' | 'channel' | 'integer';

export interface OptionSpec {
  name: string;
  type: OptionType;
  description: string;
  required?: boolean;
  /** Values the user picks from a list the store supplies (claims, actors, sources, feeds). */
  autocomplete?: 'claim' | 'actor' | 'source' | 'feed' | 'target';
  choices?: readonly string[];
}

export interface CommandSpec<A = unknown> {
  group: string;
  name: string;
  description: string;
  options: readonly OptionSpec[];
  schema: z.ZodType<A>;
  adminOnly?: boolean;
  handler(args: A, ctx: CommandContext, deps: CommandDeps): Promise<Reply>;
}

/** Keeps each command's argument type while storing them in one list. */
export function defineCommand<A>(spec: CommandSpec<A>): CommandSpec<unknown> {
  return spec as CommandSpec<unknown>;
}
