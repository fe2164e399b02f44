// Builds small RSS 2.0 documents for tests.
export interface TestItem {
  guid: string;
  title: string;
  description?: string;
  link?: string;
  pubDate?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(title: string, items: readonly TestItem[]): string {
  const body = items
    .map(
      (i) => `<item><title>${esc(i.title)}</title><link>${esc(i.link ?? `https://example.org/${i.guid}`)}</link><guid isPermaLink="false">${esc(i.guid)}</guid>` +
        `<pubDate>${i.pubDate ?? 'Mon, 08 Apr 2024 09:10:00 +0000'}</pubDate><description>${esc(i.description ?? '')}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${esc(title)}</title><link>https://example.org</link><description>test</description>\n${body}\n</channel></rss>`;
}
