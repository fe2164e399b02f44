// Who asserts or denies: the subject of the sentence that carries the stance. The subject zone is everything
// before the first speech/denial verb (or a headline's "Speaker: quote" colon); in it we look for a known
// actor, then an English proper-noun run, then a Persian/Arabic official body, then a short Persian/Arabic
// name before a colon.
import type { Actor } from '../model.js';
import { normalizeText } from '../normalize/index.js';
import { foldPattern } from './text.js';

const VERB = new RegExp(
  `^(?:${[
    'said', 'says', 'told', 'stated', 'announced', 'insisted', 'added', 'claimed', 'claims', 'den(?:y|ies|ied)',
    'reject(?:s|ed)?', 'dismiss(?:es|ed)?', 'refut(?:e|es|ed)', 'call(?:s|ed)?', 'confirm(?:s|ed)?', 'warn(?:s|ed)?',
    'tells', 'accus(?:es|ed)', 'wrote', 'tweeted',
    'تکذیب', 'گفت', 'گفته', 'اعلام', 'خواند', 'رد', 'تاکید', 'افزود', 'نوشت', 'مدعی',
    'نفی', 'نفت', 'ینفی', 'تنفی', 'قال', 'قالت', 'اکد', 'اکدت', 'اعلن', 'اعلنت', 'صرح', 'کذب', 'رفض', 'رفضت',
  ]
    .map(foldPattern)
    .join('|')})$`,
  'u',
);
const OFFICIAL_BODIES = [
  'کاخ سفید', 'وزارت امور خارجه', 'وزارت خارجه', 'سخنگوی وزارت خارجه', 'سپاه پاسداران', 'سپاه', 'ارتش', 'پنتاگون',
  'سخنگوی دولت', 'دولت', 'وزارت دفاع', 'البيت الأبيض', 'وزارة الخارجية', 'الخارجية', 'البنتاغون', 'الحرس الثوري',
  'الحكومة', 'الجيش', 'وزارة الدفاع',
].map((written) => ({ written, normalized: normalizeText(written) }));
const NOT_A_SPEAKER = new Set(
  'The A An This That It Report Reports Exclusive Breaking Watch Video Update Opinion Analysis Photos Live News Officials Sources Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
);
/** Capitalised words, possibly joined by "of (the)", plus a trailing role noun ("Biden administration"). */
const PROPER_RUN =
  /[A-Z][\p{L}'’.-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\p{L}'’.-]*)*(?:\s+(?:administration|government|ministry|spokes(?:man|woman|person)|commander|minister|officials?|military|forces))?/gu;

export interface ActorName {
  name: string;
  normalized: string;
}

export function actorNames(actors: readonly Actor[]): ActorName[] {
  return actors
    .flatMap((a) => [a.name, ...a.aliases].map((alias) => ({ name: a.name, normalized: normalizeText(alias) })))
    .filter((a) => a.normalized.length >= 2);
}

function subjectZone(sentence: string): string {
  const words = sentence.split(/\s+/);
  const zone: string[] = [];
  for (const word of words) {
    if (VERB.test(normalizeText(word))) break;
    zone.push(word);
    if (word.endsWith(':')) break;
  }
  return zone.join(' ');
}

function firstActor(zone: string, actors: readonly ActorName[]): string | undefined {
  const padded = ` ${normalizeText(zone)} `;
  let best: { at: number; name: string } | undefined;
  for (const a of actors) {
    const at = padded.indexOf(` ${a.normalized} `);
    if (at >= 0 && (!best || at < best.at)) best = { at, name: a.name };
  }
  return best?.name;
}

function properNoun(zone: string): string | undefined {
  for (const m of zone.matchAll(PROPER_RUN)) {
    const words = m[0].split(/\s+/).filter((w) => !NOT_A_SPEAKER.has(w.replace(/[’']s$/, '')));
    const name = words.join(' ').replace(/[’']s$/, '').replace(/[.,:]$/, '');
    if (name.length >= 2) return name;
  }
  return undefined;
}

function officialBody(zone: string): string | undefined {
  const padded = ` ${normalizeText(zone)} `;
  return OFFICIAL_BODIES.find((body) => padded.includes(` ${body.normalized} `))?.written;
}

function colonName(zone: string): string | undefined {
  if (!zone.endsWith(':')) return undefined;
  const name = zone.slice(0, -1).trim();
  return name.split(/\s+/).length <= 5 && /[\u0600-\u06FF]/.test(name) ? name : undefined;
}

/** The speaker of the first sentence (in the order given) whose subject zone names one. */
export function findSpeaker(sentences: readonly string[], actors: readonly ActorName[]): string | undefined {
  for (const sentence of sentences) {
    const zone = subjectZone(sentence);
    if (zone === sentence && !/[\u0600-\u06FF]/.test(sentence)) continue;
    const speaker = firstActor(zone, actors) ?? properNoun(zone) ?? officialBody(zone) ?? colonName(zone);
    if (speaker) return speaker;
  }
  return undefined;
}
