// Coded errors of the matcher; callers and tests branch on `code`, not on the message.
export type MatchErrorCode = 'match/no-usable-terms' | 'match/claim-failed';

export class MatchError extends Error {
  constructor(
    readonly code: MatchErrorCode,
    message: string,
    readonly claimId?: string,
  ) {
    super(`${code}: ${message}`);
    this.name = `MatchError[${code}]`;
  }
}
