// One spelling per article URL, so the same story seen via two tracking links hashes and dedups alike.

/** Query parameters that only identify a campaign or click, never the document. */
const TRACKING_PARAMS = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'igshid', 'mc_cid', 'mc_eid', 'ref', 'ref_src', 'ref_url', '_hsenc', '_hsmi', 'mkt_tok', 'cmpid', 'ocid', 'spm']);
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_'];

function isTracking(param: string): boolean {
  const name = param.toLowerCase();
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * Canonical form of an http(s) URL: lower-case scheme and host (WHATWG URL parsing also drops default ports),
 * no fragment, no tracking parameters. Undefined for anything that is not an absolute http(s) URL once resolved
 * against `base`, so a "javascript:" link can never reach a chat message.
 */
export function canonicalUrl(raw: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) if (isTracking(name)) url.searchParams.delete(name);
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}
