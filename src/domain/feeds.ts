// Feeds are what the poller visits: every feed of the outlet registry, plus feeds a tenant added by command.
import { z } from 'zod';
import type { Source } from './model.js';

export const FeedSchema = z.object({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  url: z.string().url(),
  language: z.string().min(2),
  pollSeconds: z.number().int().positive(),
  /** Set for feeds a tenant added; registry feeds belong to everyone. */
  tenant: z.string().optional(),
});
export type Feed = z.infer<typeof FeedSchema>;

/** Registry feeds get ids `<source>-<language>`, with `-2`, `-3` for further feeds in one language. */
export function registryFeeds(sources: readonly Source[]): Feed[] {
  return sources.flatMap((source) => {
    const perLanguage = new Map<string, number>();
    return source.feeds.map((feed) => {
      const n = (perLanguage.get(feed.language) ?? 0) + 1;
      perLanguage.set(feed.language, n);
      const id = `${source.id}-${feed.language}${n > 1 ? `-${n}` : ''}`;
      return { id, sourceId: source.id, url: feed.url, language: feed.language, pollSeconds: feed.pollSeconds };
    });
  });
}
