// Report flags: how thinly an item is sourced, from fixed phrases (flag-patterns.ts) in en/fa/ar.
import { REPORT_FLAGS, type ReportFlag } from '../model.js';
import { normalizeText } from '../normalize/index.js';
import { phraseRegex } from '../stance/text.js';
import { FLAG_PHRASES } from './flag-patterns.js';

const FLAG_REGEXES = REPORT_FLAGS.map((flag) => [flag, phraseRegex(FLAG_PHRASES[flag])] as const);

export function detectReportFlags(text: string): ReportFlag[] {
  const folded = normalizeText(text);
  return FLAG_REGEXES.filter(([, re]) => folded.search(re) >= 0).map(([flag]) => flag);
}
