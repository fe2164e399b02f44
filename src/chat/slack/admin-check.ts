// Who may run admin-only subcommands: workspace admins and owners (users.info), plus SLACK_ADMIN_USERS.
// Answers are cached briefly so a burst of commands costs one users.info call per user.
import type { WebClient } from '@slack/web-api';
import type { Logger } from 'pino';

export const ADMIN_CACHE_MS = 5 * 60_000;

export class AdminCheck {
  private readonly cache = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly client: WebClient,
    private readonly allowList: ReadonlySet<string>,
    private readonly logger: Logger,
    private readonly ttlMs = ADMIN_CACHE_MS,
  ) {}

  async isAdmin(teamId: string, userId: string): Promise<boolean> {
    if (this.allowList.has(userId)) return true;
    const key = `${teamId}:${userId}`;
    const cached = this.cache.get(key);
    if (cached && cached.until > Date.now()) return cached.admin;
    try {
      const { user } = await this.client.users.info({ user: userId });
      const admin = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(key, { admin, until: Date.now() + this.ttlMs });
      return admin;
    } catch (err) {
      // Failing closed: an unanswered users.info never grants admin, and is not cached.
      this.logger.warn({ err, teamId, userId }, 'slack users.info failed; treating the user as not an admin');
      return false;
    }
  }
}
