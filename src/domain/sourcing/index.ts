// Placeholder sourcing detector until report flags and relay resolution land.
import type { Relay, ReportFlag, Source } from '../model.js';

export interface SourcingResult {
  flags: ReportFlag[];
  relays: Relay[];
}

export type SourcingDetector = (text: { title: string; body: string }) => SourcingResult;

export function createSourcingDetector(_sources: readonly Source[]): SourcingDetector {
  return () => ({ flags: [], relays: [] });
}
