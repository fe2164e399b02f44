// Small, general equivalence tables: names of the same state (capital, demonym, native spellings), a few news
// predicates that agencies phrase differently ("truce"/"ceasefire"/"آتش‌بس"/"هدنة") and the media a post shows
// ("picture"/"photograph"). Each entry becomes one concept term, so "Tehran offered Washington..." and "Iran
// promised the US..." share terms.
// Places count as context, not substance: they get a lower weight (see claim-query.ts).
import { normalizeText } from '../normalize/index.js';

const PLACES: Record<string, string> = {
  iran: 'iran iranian iranians tehran persia ایران ایرانی تهران طهران',
  us: 'usa united states america american americans washington pentagon آمریکا امریکا امریکایی آمریکایی واشنگتن ایالات متحده الولایات المتحده واشنطن',
  israel: 'israel israeli israelis tel aviv اسرائیل اسرائیلی اسراییل تل آویو',
  russia: 'russia russian moscow kremlin روسیه مسکو روسیا موسکو',
  china: 'china chinese beijing چین پکن الصین بکین',
  uk: 'uk britain british london united kingdom بریتانیا انگلیس لندن بریطانیا',
  saudi: 'saudi saudis saudi arabia riyadh عربستان ریاض السعودیه الریاض',
  iraq: 'iraq iraqi baghdad عراق بغداد',
  syria: 'syria syrian damascus سوریه دمشق سوریا',
  lebanon: 'lebanon lebanese beirut لبنان بیروت',
  gaza: 'gaza غزه',
  yemen: 'yemen yemeni sanaa یمن صنعا صنعاء',
  turkey: 'turkey turkish ankara ترکیه آنکارا ترکیا انقره',
  ukraine: 'ukraine ukrainian kyiv kiev اوکراین اوکراینا',
  egypt: 'egypt egyptian cairo مصر قاهره القاهره',
  qatar: 'qatar qatari doha قطر دوحه الدوحه',
  europe: 'eu europe european union اتحادیه اروپا الاتحاد الاوروبی',
  un: 'un united nations سازمان ملل الامم المتحده',
};

const PREDICATES: Record<string, string> = {
  ceasefire: 'ceasefire ceasefires cease fire truce truces armistice آتش بس آتشبس ترک مخاصمه هدنه وقف اطلاق النار',
  retaliate: 'retaliate retaliated retaliates retaliating retaliation revenge avenge انتقام تلافی ثار',
  promise: 'promise promised promises pledge pledged vow vowed assure assured assurance guarantee guaranteed وعده قول تعهد وعد تعهد',
  exchange: 'exchange in return quid pro quo در ازای در قبال مقابل مقابل',
  kill: 'kill killed killing assassinate assassinated assassination slain murdered کشته ترور قتل اغتیال مقتل',
  attack: 'attack attacked attacks strike strikes airstrike airstrikes raid raids bombing bombed حمله حملات هجوم غاره ضربه',
  nuclear: 'nuclear atomic هستهای اتمی نووی',
  negotiate: 'talks negotiation negotiations negotiate negotiated مذاکره مذاکرات مفاوضات',
  sanction: 'sanction sanctions sanctioned تحریم تحریمها عقوبات',
  missile: 'missile missiles rocket rockets موشک صاروخ صواریخ',
  drone: 'drone drones uav uavs پهپاد مسیره مسیرات',
  message: 'message messages letter letters پیام پیامی پیامها نامه رساله رسائل',
  written: 'written مکتوب کتبی مکتوبه',
  send: 'send sends sent sending ارسال فرستاد فرستاده فرستادن ارسل ارسلت',
  support: 'support supports supported supporting backing backed حمایت پشتیبانی دعم',
  photo: 'photo photos photograph photographs photographed picture pictures pictured pic pics image images عکس عکسها تصویر تصاویر صوره',
  video: 'video videos footage clip clips ویدیو ویدئو ویدیوها فیدیو',
  participate: 'participate participates participated participating participation take part حضور مشارکت مشارکه',
};

export interface Concept {
  term: string;
  place: boolean;
}

/** Every variant's normalised token sequence, keyed by its first token, longest variants first. */
function compile(): Map<string, Array<{ tokens: string[]; concept: Concept }>> {
  const byFirst = new Map<string, Array<{ tokens: string[]; concept: Concept }>>();
  const add = (table: Record<string, string>, place: boolean) => {
    for (const [name, variants] of Object.entries(table)) {
      const concept = { term: `@${name}`, place };
      // Multi-word variants are written with their words adjacent; a single-word list item stands alone.
      for (const phrase of splitVariants(variants)) {
        const tokens = normalizeText(phrase).split(' ');
        const first = tokens[0] ?? '';
        const list = byFirst.get(first) ?? [];
        list.push({ tokens, concept });
        byFirst.set(first, list);
      }
    }
  };
  add(PLACES, true);
  add(PREDICATES, false);
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

/** Known multi-word variants, so the space-separated lists above can hold them. */
const PHRASES = [
  'united states', 'tel aviv', 'united kingdom', 'saudi arabia', 'european union', 'united nations', 'cease fire',
  'in return', 'quid pro quo', 'ایالات متحده', 'الولایات المتحده', 'تل آویو', 'آتش بس', 'ترک مخاصمه', 'وقف اطلاق النار',
  'در ازای', 'در قبال', 'take part', 'اتحادیه اروپا', 'الاتحاد الاوروبی', 'سازمان ملل', 'الامم المتحده',
];

function splitVariants(list: string): string[] {
  let rest = ` ${list} `;
  const found: string[] = [];
  for (const phrase of PHRASES) {
    if (rest.includes(` ${phrase} `)) {
      found.push(phrase);
      rest = rest.replace(` ${phrase} `, ' ');
    }
  }
  return [...found, ...rest.trim().split(/\s+/).filter(Boolean)];
}

const CONCEPTS = compile();

/** Whether some concept variant starts with this token: a cheap test before conceptAt. */
export const startsConcept = (token: string): boolean => CONCEPTS.has(token);

/** The concept starting at tokens[i], and how many tokens it spans. */
export function conceptAt(tokens: readonly string[], i: number): { concept: Concept; length: number } | undefined {
  const options = CONCEPTS.get(tokens[i] ?? '');
  if (!options) return undefined;
  for (const { tokens: variant, concept } of options) {
    if (variant.every((t, k) => tokens[i + k] === t)) return { concept, length: variant.length };
  }
  return undefined;
}
