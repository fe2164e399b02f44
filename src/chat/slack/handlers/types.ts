import type { Logger } from 'pino';
import type { CommandDeps } from '../../core/commands/types.js';
import type { AdminCheck } from '../admin-check.js';

/** What the Bolt listeners need, handed over by the adapter at start. */
export interface HandlerDeps {
  commands: CommandDeps;
  admins: AdminCheck;
  logger: Logger;
  now: () => Date;
  /** Time a command may take before the ack says "working on it" and the answer follows via response_url. */
  ackBudgetMs: number;
}

export const tenantOf = (teamId: string) => `slack:${teamId}`;
