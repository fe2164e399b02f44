// Text normalisation and name folding for en/fa/ar. Pure; used by the matcher and the stance judge alike.
export { normalizedWords, normalizeText, tokenize, visitWords, type WordVisitor } from './normalize-text.js';
export { ARTICLES, extendKey, foldArabicScriptName, foldLatinName, joinKeys, phoneticKey } from './phonetic-key.js';
