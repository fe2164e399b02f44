// Which language group an item's stance weights come from: the declared language when it is one we model,
// otherwise guessed from the script (Persian-only letters tell Persian from Arabic).
import type { Language } from './classifier.js';

const KNOWN = new Set<string>(['en', 'fa', 'ar']);

export function detectLanguage(declared: string | undefined, sample: string): Language | undefined {
  const base = declared?.toLowerCase().slice(0, 2);
  if (base && KNOWN.has(base)) return base as Language;
  const text = sample.slice(0, 2000);
  const arabicScript = text.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (arabicScript > latin) {
    const persian = text.match(/[پچژگکی]/g)?.length ?? 0;
    const arabic = text.match(/[كيةى]/g)?.length ?? 0;
    return persian >= arabic ? 'fa' : 'ar';
  }
  return latin > 0 && !declared ? 'en' : undefined;
}
