// Alerts and digests for the Discord transport tests.
import type { Alert } from '../../../src/domain/alert/alert.js';
import type { Digest } from '../../../src/domain/digest/digest.js';

export function denialAlert(channelId: string, overrides: Partial<Alert> = {}): Alert {
  return {
    kind: 'denial',
    tenant: 'discord:1200000000000000001',
    subscriptionId: `discord:${channelId}:claim:natanz-strike-abc`,
    channel: { platform: 'discord', id: channelId },
    target: { kind: 'claim', id: 'natanz-strike-abc', text: 'Israel struck the Natanz enrichment facility' },
    item: { id: 'item-1', title: 'White House denies involvement in Natanz blast', url: 'https://news.example.org/natanz', publishedAt: '2026-11-20T10:00:00Z', language: 'en' },
    source: { id: 'tasnim', name: 'Tasnim News Agency', label: 'IRGC-affiliated', basis: 'Founded by and close to the IRGC.', citation: 'https://example.org/tasnim-basis' },
    stance: 'denies',
    speaker: 'White House',
    evidence: 'The White House said the United States had no involvement in the blast.',
    flags: ['anonymous-sources'],
    relays: [{ name: 'Fars', sourceId: 'fars', label: 'IRGC-affiliated' }],
    actors: ['White House'],
    notes: ['second denial by the White House'],
    status: 'reported by 4 outlets (2 state-affiliated) - denied by the White House',
    ...overrides,
  };
}

export function actorAlert(channelId: string, n: number): Alert {
  return {
    ...denialAlert(channelId),
    kind: 'actor',
    stance: undefined,
    subscriptionId: `discord:${channelId}:actor:white-house`,
    target: { kind: 'actor', id: 'white-house', text: 'White House' },
    item: { id: `item-${n}`, title: `Item number ${n} mentions the White House`, url: `https://news.example.org/${n}`, publishedAt: '2026-11-20T10:00:00Z' },
  };
}

export function digestOf(claims: number): Digest {
  return {
    tenant: 'discord:1200000000000000001',
    windowStart: '2026-11-19T08:00:00Z',
    windowEnd: '2026-11-20T08:00:00Z',
    timeZone: 'Europe/London',
    active: Array.from({ length: claims }, (_, i) => ({
      claimId: `claim-${i}`,
      statement: `Claim number ${i}: ${'a long statement about an event '.repeat(4)}`,
      newOutlets: [{ name: 'Tasnim News Agency', label: 'IRGC-affiliated' as const }],
      denials: [{ speaker: 'White House', outlet: 'Reuters' }],
      assertions: [{ speaker: 'IRGC', outlet: 'Tasnim News Agency' }],
      weaklySourced: [{ title: `Unconfirmed report ${i} ${'with more words '.repeat(8)}`, url: 'https://news.example.org/w', flags: ['unconfirmed'] }],
      corroboration: i,
    })),
    quiet: ['quiet-1', 'quiet-2'],
  };
}
