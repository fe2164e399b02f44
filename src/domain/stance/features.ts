// Hand-written, language-independent stance features of (claim, item). Every value is in roughly [0, 1] so
// one small logistic regression (classifier.ts) can weigh them; FEATURE_NAMES fixes the vector's order.
import { ANTONYMS, CUES, STOPWORDS, type CueKind } from './lexicon.js';
import { contentStems, readSentences, stem, type Sentence } from './sentences.js';
import { normalizeText } from '../normalize/index.js';
import { foldPattern, phraseRegex, words } from './text.js';

const CUE_KINDS = Object.keys(CUES) as CueKind[];
const CUE_REGEX = Object.fromEntries(CUE_KINDS.map((k) => [k, phraseRegex(CUES[k])])) as Record<CueKind, RegExp>;
const NEGATION_TOKEN = new RegExp(`^(?:${CUES.negation.map(foldPattern).join('|')})$`, 'u');
const ANTONYM_PAIRS = ANTONYMS.map(([a, b]) => [normalizeText(a), normalizeText(b)] as const);
const RELEVANT = 0.3;
const CROSS_SCRIPT_OVERLAP = 0.5;
const NEGATION_REACH = 4;
/** Body sentences that count as the lead: where a debunking article says what it makes of the story. */
const LEAD_SENTENCES = 3;
const LEAD_KINDS: readonly CueKind[] = ['denyVerb', 'falsity', 'negation', 'contrast', 'hedge'];
/**
 * Evidence whose meaning flips with the claim's own polarity: a body that calls a story a hoax denies "X
 * happened" but agrees with "X is a hoax", and a plain body denies "X will not happen". A linear model cannot
 * form that product from its parts, so each of these also gets a copy that is on only for a negative claim.
 */
const POLARITY_FEATURES = [
  'maxRefuteOverlap', 'maxRefuteInContext', 'maxNegatedOverlap', 'maxPlainOverlap', 'maxConfirmOverlap', 'refutingShare', 'negatedClaimTerm',
  'antonymClash', 'denyVerbNear', 'falsityNear', 'negationNear', 'contrastNear', 'denyVerbLead', 'falsityLead',
  'negationLead', 'contrastLead', 'falsityDoc', 'denyVerbDoc',
] as const;
/**
 * A claim that does not commit to its content — it reports someone's words ("Lawmaker says X", "Report: X") or
 * asks ("X arrested?") or quotes it — is not contradicted by a body that debunks X: the pair merely discusses it.
 * Refutation evidence gets a copy that is on for such claims.
 */
const NONCOMMITTAL_FEATURES = [
  'maxRefuteOverlap', 'maxRefuteInContext', 'refutingShare', 'denyVerbNear', 'falsityNear', 'denyVerbLead', 'falsityLead',
] as const;
const ATTRIBUTED_CLAIM = /^[^:]{2,40}:\s/u;
const QUESTION = /[?؟]/u;
/** A quoted phrase ("Isis leader's 'wife' detained"): headlines quote what they relay without vouching for it. */
const QUOTED = /(?:^|[\s(])['‘"“«][^'’"”»]{3,}['’"”»](?=$|[\s,.:;!?)؟])/u;
/** A headline that names its source at the end ("..., officials say", "...: WSJ report", "... -- analyst"). */
const SOURCE_TAIL =
  /(?:,|:|\s-+|\s–|\s—)\s*(?:[\p{L}\p{N}.'’&-]+\s+){0,4}(?:says?|said|claims?|reports?|analysts?|sources?|officials?|paper|newspaper|media|watchdog)\s*[.!]?\s*$/iu;

export interface ClaimView {
  /** As written: punctuation such as a headline's "Speaker:" colon is folded away in `folded`. */
  written: string;
  folded: string;
  stems: Set<string>;
  tokens: Set<string>;
  numbers: Set<string>;
  cues: Record<CueKind, number>;
}

export interface FeatureSet {
  values: Record<string, number>;
  sentences: Sentence[];
  /** Index in `sentences` of the sentence that best carries the stance (for evidence and speaker). */
  keySentence: number;
  /** The headline's words that the claim lacks ("hoax", "alive", "not"): what a headline adds to a claim. */
  addedWords: string[];
}

function countCues(folded: string): Record<CueKind, number> {
  return Object.fromEntries(CUE_KINDS.map((k) => [k, folded.match(CUE_REGEX[k])?.length ?? 0])) as Record<CueKind, number>;
}

/** The dominant script of normalised text: Arabic-script letters against Latin ones. */
function scriptOf(normalized: string): 'arabic' | 'latin' | 'none' {
  const arabic = normalized.match(/[\u0600-\u06FF]/g)?.length ?? 0;
  const latin = normalized.match(/[a-z]/g)?.length ?? 0;
  return arabic === 0 && latin === 0 ? 'none' : arabic > latin ? 'arabic' : 'latin';
}

const numbersIn = (folded: string) => new Set(folded.match(/\d+(?:[.,]\d+)?/g) ?? []);
const squash = (n: number) => Math.min(n, 3) / 3;

export function viewClaim(claim: string): ClaimView {
  const folded = normalizeText(claim);
  return {
    written: claim.trim(),
    folded,
    stems: new Set(contentStems(folded)),
    tokens: new Set(words(folded)),
    numbers: numbersIn(folded),
    cues: countCues(folded),
  };
}

/** A negation word shortly before a claim word: "will not take part" against "will take part". */
function negatedClaimTerm(sentence: Sentence, claim: ClaimView): boolean {
  const tokens = words(sentence.folded);
  let lastNegation = -Infinity;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (NEGATION_TOKEN.test(t)) lastNegation = i;
    else if (i - lastNegation <= NEGATION_REACH && claim.stems.has(stem(t))) return true;
  }
  return false;
}

function antonymClashes(text: ReadonlySet<string>, claim: ClaimView): number {
  let clashes = 0;
  for (const [a, b] of ANTONYM_PAIRS) {
    if ((claim.tokens.has(a) && text.has(b) && !text.has(a)) || (claim.tokens.has(b) && text.has(a) && !text.has(b))) clashes++;
  }
  return clashes;
}

export function extractFeatures(claim: ClaimView, title: string, body: string): FeatureSet {
  const claimNegated = claim.cues.negation > 0;
  const claimDenies = claim.cues.denyVerb + claim.cues.falsity > 0;
  const [claimScript, textScript] = [scriptOf(claim.folded), scriptOf(normalizeText(`${title} ${body.slice(0, 2000)}`))];
  const crossScript = claimScript !== 'none' && textScript !== 'none' && claimScript !== textScript;
  const sentences = readSentences(claim.stems, title, body, crossScript ? CROSS_SCRIPT_OVERLAP : undefined);
  const cues = sentences.map((s) => countCues(s.folded));
  const headIndex = Math.max(0, sentences.findIndex((s) => s.isTitle));
  const head = sentences[headIndex];
  const relevant = sentences.map((s, i) => (s.overlap >= RELEVANT ? i : -1)).filter((i) => i >= 0);
  const best = sentences.reduce((b, s, i) => (s.overlap > (sentences[b]?.overlap ?? -1) ? i : b), 0);
  const textStems = new Set(sentences.flatMap((s) => s.stems));
  const textTokens = new Set(sentences.flatMap((s) => words(s.folded)));
  const textNumbers = numbersIn(sentences.map((s) => s.folded).join(' '));
  const claimStems = [...claim.stems];
  const covered = crossScript
    ? CROSS_SCRIPT_OVERLAP
    : claimStems.filter((s) => textStems.has(s)).length / Math.max(1, claimStems.length);
  const headStems = head?.stems ?? [];
  const novelHead = headStems.filter((s) => !claim.stems.has(s)).length / Math.max(1, headStems.length);

  const values: Record<string, number> = {
    isBody: body.length > 300 ? 1 : 0,
    headOverlap: head?.overlap ?? 0,
    maxOverlap: sentences[best]?.overlap ?? 0,
    docOverlap: covered,
    overlapBelow15: covered < 0.15 ? 1 : 0,
    overlapBelow30: covered < 0.3 ? 1 : 0,
    overlapBelow50: covered < 0.5 ? 1 : 0,
    relevantSentences: squash(relevant.length),
    novelHead,
    headQuestion: /[?؟]/.test(head?.text ?? '') ? 1 : 0,
    headColonQuote: /^[^:]{2,60}:\s/.test(head?.text ?? '') ? 1 : 0,
    numbersMatch: claim.numbers.size > 0 && [...claim.numbers].every((n) => textNumbers.has(n)) ? 1 : 0,
    numbersClash: claim.numbers.size > 0 && textNumbers.size > 0 && ![...claim.numbers].some((n) => textNumbers.has(n)) ? 1 : 0,
    antonymClash: squash(antonymClashes(textTokens, claim)),
    negatedClaimTerm: !claimNegated && [headIndex, ...relevant].some((i) => sentences[i] !== undefined && negatedClaimTerm(sentences[i], claim)) ? 1 : 0,
    claimNegated: claimNegated ? 1 : 0,
    claimDenies: claimDenies ? 1 : 0,
  };
  Object.assign(values, sentenceMaxima(sentences, cues, claim, claimNegated, relevant.length));
  for (const kind of CUE_KINDS) {
    const headCount = cues[headIndex]?.[kind] ?? 0;
    const nearCount = relevant.reduce((n, i) => n + (cues[i]?.[kind] ?? 0), 0);
    values[`${kind}Head`] = squash(headCount);
    values[`${kind}Near`] = squash(nearCount);
    values[`${kind}Doc`] = cues.filter((c) => c[kind] > 0).length / Math.max(1, cues.length);
  }
  const textDenies = values.denyVerbHead! + values.falsityHead! + values.denyVerbNear! + values.falsityNear! > 0;
  values.bothDeny = claimDenies && textDenies ? 1 : 0;
  // A text refuting a claim that does not itself deny: the refutation is aimed at the claim (linear weights
  // cannot form this product from the two parts).
  values.refutesPlainClaim = claimDenies ? 0 : values.maxRefuteOverlap!;
  values.claimHedged = claim.cues.hedge > 0 ? 1 : 0;
  values.negationMismatch = claimNegated !== (values.negationHead! + values.negationNear! > 0) ? 1 : 0;
  const lead = sentences.flatMap((s, i) => (s.isTitle ? [] : [i])).slice(0, LEAD_SENTENCES);
  // Weighed by how much of the claim the text covers: a debunking lead about another story says nothing here.
  for (const kind of LEAD_KINDS) values[`${kind}Lead`] = covered * squash(lead.reduce((n, i) => n + (cues[i]?.[kind] ?? 0), 0));
  const claimNegative = claimNegated || claimDenies;
  values.claimNegative = claimNegative ? 1 : 0;
  for (const name of POLARITY_FEATURES) values[`${name}IfClaimNegative`] = claimNegative ? values[name]! : 0;
  const claimAttributed = claim.cues.say + claim.cues.hedge > 0 || ATTRIBUTED_CLAIM.test(claim.written);
  const claimQuestion = QUESTION.test(claim.written);
  const claimQuoted = QUOTED.test(claim.written);
  values.claimAttributed = claimAttributed ? 1 : 0;
  values.claimQuestion = claimQuestion ? 1 : 0;
  values.claimQuoted = claimQuoted ? 1 : 0;
  const noncommittal = claimAttributed || claimQuestion || claimQuoted;
  // A headline that relays rather than states ("X says", "reportedly", "..., officials say", a quoted phrase):
  // one indicator, so a single cue weighs in full (the cue counts above are squashed to thirds). When the claim
  // itself is attributed ("Priest says God is female"), a headline with the same attribution asserts it.
  const headRelays = head?.isTitle === true
    && ((cues[headIndex]?.hedge ?? 0) + (cues[headIndex]?.say ?? 0) > 0 || SOURCE_TAIL.test(head.text) || QUOTED.test(head.text));
  values.headRelays = headRelays ? 1 : 0;
  values.headRelaysIfClaimAttributed = headRelays && claimAttributed ? 1 : 0;
  for (const name of NONCOMMITTAL_FEATURES) values[`${name}IfClaimNoncommittal`] = noncommittal ? values[name]! : 0;
  // Only a real headline's words: an article's first sentence adds mostly its topic, which the weights would
  // learn by heart for the stories in the training data.
  const headline = head?.isTitle ? head.folded : '';
  const addedWords = [...new Set(words(headline))].filter(
    (w) => (!STOPWORDS.has(w) || NEGATION_TOKEN.test(w)) && !claim.stems.has(stem(w)),
  );
  return { values, sentences, keySentence: keySentence(sentences, cues, best), addedWords };
}

/**
 * Body-level evidence, sentence by sentence: how close to the claim is the closest sentence that refutes,
 * negates, confirms or plainly states it, and how much of the text hedges. A long article that debunks a
 * claim usually does so in one or two sentences, which document-wide cue shares dilute.
 */
function sentenceMaxima(
  sentences: Sentence[],
  cues: Record<CueKind, number>[],
  claim: ClaimView,
  claimNegated: boolean,
  relevantCount: number,
): Record<string, number> {
  let refute = 0;
  let refuteInContext = 0;
  // Debunking sentences often point back at the story told just before ("that's because it is: a sneaky
  // editing job", "FALSE"): they also count at the overlap of the sentence they follow.
  const overlapAt = new Map(sentences.filter((s) => !s.isTitle).map((s) => [s.position, s.overlap]));
  let negated = 0;
  let confirm = 0;
  let plain = 0;
  let refuting = 0;
  let hedges = 0;
  sentences.forEach((s, i) => {
    const c = cues[i]!;
    const denies = c.denyVerb + c.falsity > 0;
    hedges += c.hedge;
    if (denies) refute = Math.max(refute, s.overlap);
    if (denies) refuteInContext = Math.max(refuteInContext, s.overlap, overlapAt.get(s.position - 1) ?? 0);
    if (denies && s.overlap >= RELEVANT) refuting++;
    if (!claimNegated && negatedClaimTerm(s, claim)) negated = Math.max(negated, s.overlap);
    if (c.confirm > 0) confirm = Math.max(confirm, s.overlap);
    if (!denies && c.hedge + c.negation === 0) plain = Math.max(plain, s.overlap);
  });
  return {
    maxRefuteOverlap: refute,
    maxRefuteInContext: refuteInContext,
    maxNegatedOverlap: negated,
    maxConfirmOverlap: confirm,
    maxPlainOverlap: plain,
    refutingShare: refuting / Math.max(1, relevantCount),
    hedgeDensity: Math.min(1, hedges / Math.max(1, sentences.length)),
  };
}

/** The relevant sentence with the strongest denial or confirmation cue, else the one closest to the claim. */
function keySentence(sentences: Sentence[], cues: Record<CueKind, number>[], best: number): number {
  let key = best;
  let keyScore = 0;
  sentences.forEach((s, i) => {
    const c = cues[i]!;
    const score = (c.denyVerb * 2 + c.falsity * 2 + c.confirm) * (0.2 + s.overlap);
    if (score > keyScore) [key, keyScore] = [i, score];
  });
  return key;
}

export const FEATURE_NAMES: readonly string[] = Object.keys(extractFeatures(viewClaim('a b'), 'a b', '').values);
