// Every Redis key claimwatch writes, in one place, under one prefix (REDIS_PREFIX; tests use a unique one).
export function makeKeys(prefix: string) {
  const k = (...parts: string[]) => [prefix, ...parts].join(':');
  return {
    claims: k('claims'),
    tenantClaims: (tenant: string) => k('tenant', tenant, 'claims'),
    claimsVersion: k('claims', 'version'),
    actors: k('actors'),
    tenantActors: (tenant: string) => k('tenant', tenant, 'actors'),
    subscriptions: k('subs'),
    targetSubs: (kind: string, id: string) => k('target', kind, id, 'subs'),
    tenantSubs: (tenant: string) => k('tenant', tenant, 'subs'),
    feeds: k('feeds'),
    feedState: (feedId: string) => k('feed', feedId, 'state'),
    seen: (feedId: string) => k('feed', feedId, 'seen'),
    item: (itemId: string) => k('item', itemId),
    claimMatches: (claimId: string) => k('claim', claimId, 'matches'),
    claimMatch: (claimId: string) => k('claim', claimId, 'match'),
    timeline: (claimId: string) => k('claim', claimId, 'timeline'),
    delivery: (key: string) => k('delivered', key),
    thread: (channel: string, claimId: string) => k('thread', channel, claimId),
    channel: (channel: string) => k('channel', channel),
    feedback: (claimId: string) => k('claim', claimId, 'feedback'),
  };
}
export type Keys = ReturnType<typeof makeKeys>;
