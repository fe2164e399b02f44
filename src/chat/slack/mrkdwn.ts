// Slack mrkdwn for text we did not write. Slack decodes only &amp; &lt; &gt;, and `<...>` is the one piece of
// syntax that can mention (<!channel>, <@U1>) or disguise a link (<http://x|y>), so escaping these three
// characters is enough to make third-party text inert.
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link only for http(s) URLs; the characters that would end the `<url|label>` syntax are percent-encoded. */
export function link(url: string, label: string): string {
  if (!/^https?:\/\//i.test(url)) return escapeText(label);
  const safeUrl = url.replace(/[<>|\s]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${escapeText(label).replace(/\|/g, '¦')}>`;
}

/**
 * The command core names commands Discord-style ("/claim list"); on Slack they all live under /claimwatch.
 * Runs on escaped reply text; it can only add "claimwatch " after a slash, so it cannot create markup.
 */
export function slackCommandRefs(text: string): string {
  return text.replace(/(^|[\s(])\/(claim|actor|source|feed|alerts|digest)\b/g, '$1/claimwatch $2');
}

/**
 * Cuts text to at most `max` characters at a word boundary, marking the cut with an ellipsis. Used where Slack
 * limits a field; `max` counts the final string, entities included.
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  let cut = lastSpace > max / 2 ? room.slice(0, lastSpace) : room;
  // Never leave half an entity (&amp;) behind.
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  return `${cut.trimEnd()}…`;
}
