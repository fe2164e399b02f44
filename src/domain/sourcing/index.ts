// Sourcing: report flags (single-sourced, anonymous, unconfirmed) and the outlets an item relays.
import type { Relay, ReportFlag, Source } from '../model.js';
import { createRelayFinder } from './relays.js';
import { detectReportFlags } from './report-flags.js';

export interface SourcingResult {
  flags: ReportFlag[];
  relays: Relay[];
}

export type SourcingDetector = (text: { title: string; body: string }) => SourcingResult;

/** Sourcing cues sit near the top of a story; reading further only costs time on huge bodies. */
const MAX_CHARS = 100_000;

export function createSourcingDetector(sources: readonly Source[]): SourcingDetector {
  const findRelays = createRelayFinder(sources);
  return ({ title, body }) => {
    const text = `${title}\n${body}`.slice(0, MAX_CHARS);
    return { flags: detectReportFlags(text), relays: findRelays(text) };
  };
}
