// Why a claim matched an item in another language: the item's language and the words that met ("ceasefire ↔
// آتش‌بس"), so a reader of the claim's language can trust a match in a script they cannot read. Shown only when
// the match crossed languages; a same-language match explains itself.
import { z } from 'zod';
import { TermPairSchema, type TermPair } from '../model.js';
import { normalizeText } from '../normalize/index.js';

/** Enough pairs to judge the match at a glance; an alert is read in seconds. */
export const MAX_SHOWN_PAIRS = 4;

export const CrossLanguageSchema = z.object({
  /** The item's language tag ("fa"), when its feed or the item declares one. */
  itemLanguage: z.string().optional(),
  terms: z.array(TermPairSchema).min(1).max(MAX_SHOWN_PAIRS),
});
export type CrossLanguage = z.infer<typeof CrossLanguageSchema>;

type Script = 'arabic' | 'hebrew' | 'latin' | 'other';

function scriptOf(text: string): Script {
  if (/[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(text)) return 'arabic';
  if (/[\u0590-\u05FF]/.test(text)) return 'hebrew';
  if (/\p{Script=Latin}/u.test(text)) return 'latin';
  return 'other';
}

/**
 * The language of a text as far as its letters tell: Arabic script with letters Arabic does not use (پ چ ژ گ,
 * and the Persian forms of kaf and yeh) is Persian, otherwise Arabic; Hebrew is Hebrew. Latin script says
 * nothing certain (English, French, Turkish...), so it gives no language.
 */
function languageOf(text: string): string | undefined {
  const script = scriptOf(text);
  if (script === 'arabic') return /[پچژگکی]/.test(text) ? 'fa' : 'ar';
  return script === 'hebrew' ? 'he' : undefined;
}

const primary = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/**
 * The pairs to show for a match, or undefined when it did not cross languages: some claim word met an item word
 * in another script, or the claim's language (read off its letters) is not the item's. Pairs that read the same
 * on both sides ("FATF") are left out: they need no explaining.
 */
export function crossLanguageWhy(claimStatement: string, itemLanguage: string | undefined, met: readonly TermPair[] | undefined): CrossLanguage | undefined {
  if (!met?.length) return undefined;
  const claimLanguage = languageOf(claimStatement);
  const otherScript = met.some((p) => scriptOf(p.claim) !== scriptOf(p.item));
  const otherLanguage = claimLanguage !== undefined && itemLanguage !== undefined && claimLanguage !== primary(itemLanguage);
  if (!otherScript && !otherLanguage) return undefined;
  const terms = met.filter((p) => normalizeText(p.claim) !== normalizeText(p.item)).slice(0, MAX_SHOWN_PAIRS);
  if (terms.length === 0) return undefined;
  return { ...(itemLanguage ? { itemLanguage } : {}), terms };
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Persian item: ceasefire ↔ آتش‌بس, Saudi Arabia ↔ عربستان" */
export function describeCrossLanguage(why: CrossLanguage): string {
  let language: string | undefined;
  try {
    language = why.itemLanguage ? LANGUAGE_NAMES.of(why.itemLanguage) : undefined;
  } catch {
    language = why.itemLanguage; // not a well-formed tag: show it as the feed gave it
  }
  const terms = why.terms.map((p) => `${p.claim} ↔ ${p.item}`).join(', ');
  return language ? `${language} item: ${terms}` : terms;
}
