// Turns one (claim, item) pair into the classifier's inputs: the step training and judging share, so the
// weights are always fitted on exactly what the judge computes.
import { toInputs, type Context } from './classifier.js';
import { extractFeatures, FEATURE_NAMES, viewClaim, type FeatureSet } from './features.js';
import { detectLanguage } from './language.js';

export interface Prepared {
  inputs: Float64Array;
  features: FeatureSet;
  context: Context;
}

/** Texts longer than this read as an article rather than a headline. */
const BODY_CHARS = 300;

export function prepare(claim: string, title: string, body: string, language: string | undefined, buckets: number): Prepared {
  const features = extractFeatures(viewClaim(claim), title, body);
  const context: Context = {
    language: detectLanguage(language, `${title} ${body.slice(0, 2000)}`),
    kind: body.length > BODY_CHARS ? 'body' : 'headline',
  };
  const inputs = toInputs(FEATURE_NAMES, features.values, context, features.addedWords, buckets);
  return { inputs, features, context };
}
