// The words that met across languages, on every sink, and through the alert queue's payload schema.
import { describe, expect, it } from 'vitest';
import { renderAlertText } from '../../../src/chat/console/render-text.js';
import { alertEmbed } from '../../../src/chat/discord/alert-embed.js';
import { renderAlerts } from '../../../src/chat/slack/render-alert.js';
import type { Alert } from '../../../src/domain/alert/alert.js';
import { AlertJobSchema } from '../../../src/queue/queues.js';
import { denialAlert } from '../../integration/discord/alert-fixtures.js';

const persianItem = (terms: Array<{ claim: string; item: string }>): Alert =>
  denialAlert('1200000000000000011', { item: { id: 'fa-1', title: 'ایران به عربستان وعده آتش‌بس داد', url: 'https://news.example.org/fa-1', publishedAt: '2026-11-20T10:00:00Z', language: 'fa' }, crossLanguage: { itemLanguage: 'fa', terms } });
const MET = [{ claim: 'ceasefire', item: 'آتش‌بس' }, { claim: 'Saudi Arabia', item: 'عربستان' }];

describe('an alert that matched across languages', () => {
  it('shows the item language and the words that met on the console', () => {
    expect(renderAlertText(persianItem(MET))).toContain('Matched across languages: Persian item: ceasefire ↔ آتش‌بس, Saudi Arabia ↔ عربستان');
  });

  it('shows them in a Discord embed field beside the claim', () => {
    const fields = alertEmbed(persianItem(MET)).fields ?? [];
    expect(fields.map((f) => f.name).slice(0, 3)).toEqual(['Claim', 'Matched across languages', 'Outlet']);
    expect(fields[1]?.value).toContain('Persian item: ceasefire ↔ آتش‌بس, Saudi Arabia ↔ عربستان'); // bidi-isolated by safeText
  });

  it('shows them in the Slack blocks', () => {
    expect(JSON.stringify(renderAlerts([persianItem(MET)]).blocks)).toContain('*Matched across languages:* Persian item: ceasefire ↔ آتش‌بس, Saudi Arabia ↔ عربستان');
  });

  it('defuses an item word that carries markup, as it does every feed text', () => {
    const hostile = persianItem([{ claim: 'ceasefire', item: '@everyone <!channel>' }]);
    expect(alertEmbed(hostile).fields?.[1]?.value).not.toContain('@everyone');
    expect(JSON.stringify(renderAlerts([hostile]).blocks)).not.toContain('<!channel>');
  });

  it('shows nothing of the kind for a same-language match', () => {
    const plain = denialAlert('1200000000000000011');
    expect(renderAlertText(plain)).not.toContain('Matched across languages');
    expect(alertEmbed(plain).fields?.map((f) => f.name)).not.toContain('Matched across languages');
  });

  it('travels through the alert queue payload and is checked there', () => {
    const job = { type: 'alert', alert: persianItem(MET), deliveryKey: 'k' };
    expect(AlertJobSchema.parse(job)).toEqual(job);
    expect(AlertJobSchema.safeParse({ ...job, alert: persianItem([]) }).success).toBe(false);
  });
});
