// Which registry outlet a URL belongs to, by its host: the domain itself or a subdomain of it (never a suffix
// match, so evilbbc.co.uk is not bbc.co.uk).
import type { Source } from './model.js';

export function hostMatchesDomain(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/^www\./, '');
  return h === d || h.endsWith(`.${d}`);
}

export function sourceForUrl(sources: readonly Source[], url: string): Source | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  return sources.find((s) => s.domains.some((d) => hostMatchesDomain(host, d)));
}
