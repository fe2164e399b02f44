// Third-party text (feed titles, quotes, outlet names, claim statements) made safe to show on Discord: no
// markdown, no disguised links, no mentions that resolve, and right-to-left runs that cannot reorder the text
// around them. `allowedMentions: { parse: [] }` on every message is the real guard against pings; the
// neutralising here keeps a hostile title from even looking like a mention.
import { escapeMarkdown } from 'discord.js';

// Bidi overrides, embeddings and isolates from the source would let a title reorder what follows it.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Hebrew, Arabic, Syriac, Thaana, NKo, Arabic supplements and presentation forms.
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const MASKED_LINK = /\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?\s*\)/g;

const FSI = '\u2068';
const PDI = '\u2069';

/** Wraps text that contains right-to-left script in First Strong Isolate ... Pop Directional Isolate. */
export function isolate(text: string): string {
  return RTL_CHARS.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** `[label](target)` shown as `label (target)`, so the reader sees where a link really goes. */
export function unmaskLinks(text: string): string {
  return text.replace(MASKED_LINK, (_m, label: string, target: string) => (label.trim() ? `${label} (${target})` : target));
}

/** @everyone, @here and <@...> mentions broken with a zero-width space so they render as inert text. */
export function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** The one function every piece of third-party text passes through before it reaches a Discord payload. */
export function safeText(raw: string): string {
  const plain = raw.replace(BIDI_CONTROLS, '').replace(CONTROLS, ' ');
  const escaped = escapeMarkdown(unmaskLinks(plain), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return isolate(defuseMentions(escaped));
}

/** Collapses whitespace, for single-line places (titles, field names, thread names). */
export function oneLine(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
