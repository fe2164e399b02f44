// An Alert in Block Kit: headline, claim, linked title, outlet with its label and basis, then what the item
// adds (speaker, denial quote, relays, flags, notes), the claim's status, and the feedback buttons. Every
// string from a feed, the registry or a user passes through escapeText.
import { alertHeadline, describeFlag, describeLabel, describeRelay, type Alert } from '../../domain/alert/alert.js';
import { describeCrossLanguage } from '../../domain/alert/cross-language.js';
import { LIMITS, context, divider, header, section, toMessage, type Block, type SlackMessage } from './block-limits.js';
import { escapeText, link, truncateAtWord } from './mrkdwn.js';

export const ACTION_MUTE = 'claimwatch_mute_24h';
export const ACTION_NOT_RELEVANT = 'claimwatch_not_relevant';

/** What a button carries back: enough to act without trusting anything but the signed payload's team. */
export interface ButtonValue {
  kind: Alert['target']['kind'];
  target: string;
  item: string;
}

const STANCE_TEXT: Record<NonNullable<Alert['stance']>, string> = { asserts: 'asserts the claim', denies: 'denies the claim', reports: 'reports the claim', unrelated: 'mentions it' };

function bodyLines(alert: Alert): string[] {
  const e = escapeText;
  const lines = [`*${alert.target.kind === 'claim' ? 'Claim' : 'Actor'}:* ${e(alert.target.text)}`, `*${link(alert.item.url, alert.item.title)}*`];
  const citation = alert.source.citation ? ` (${link(alert.source.citation, 'source')})` : '';
  lines.push(`*Outlet:* ${e(alert.source.name)}, *${e(describeLabel(alert.source))}*. _Basis:_ ${e(alert.source.basis)}${citation}`);
  if (alert.stance) lines.push(`*Stance:* ${STANCE_TEXT[alert.stance]}${alert.speaker ? `, speaker: ${e(alert.speaker)}` : ''}`);
  return lines;
}

function detailLines(alert: Alert): string[] {
  const e = escapeText;
  const lines: string[] = [];
  if (alert.evidence && alert.kind === 'denial') lines.push(`> ${e(alert.evidence).replace(/\n/g, ' ')}`);
  if (alert.crossLanguage) lines.push(`*Matched across languages:* ${e(describeCrossLanguage(alert.crossLanguage))}`);
  if (alert.relays.length) lines.push(`*Relays:* ${alert.relays.map((r) => e(describeRelay(r))).join(', ')}`);
  if (alert.flags.length) lines.push(`*Flags:* ${alert.flags.map(describeFlag).join(', ')}`);
  if (alert.actors.length) lines.push(`*Actors:* ${alert.actors.map(e).join(', ')}`);
  for (const note of alert.notes) lines.push(`_Note:_ ${e(note)}`);
  return lines;
}

function buttons(alert: Alert, index: number): Block {
  const value = (v: ButtonValue) => JSON.stringify(v);
  const v: ButtonValue = { kind: alert.target.kind, target: alert.target.id, item: alert.item.id };
  const mute = { type: 'button' as const, action_id: ACTION_MUTE, text: { type: 'plain_text' as const, text: `Mute this ${alert.target.kind} for 24 h` }, value: value(v) };
  const notRelevant = { type: 'button' as const, action_id: ACTION_NOT_RELEVANT, text: { type: 'plain_text' as const, text: 'Not relevant' }, value: value(v) };
  return { type: 'actions', block_id: `alert_${index}`, elements: alert.target.kind === 'claim' ? [mute, notRelevant] : [mute] };
}

/** The blocks of one alert; `index` keeps block ids unique when several alerts share a message. */
export function alertBlocks(alert: Alert, index = 0): Block[] {
  const fit = (s: string) => truncateAtWord(s, LIMITS.sectionText);
  const blocks: Block[] = [header(truncateAtWord(escapeText(alertHeadline(alert)), LIMITS.headerText)), section(fit(bodyLines(alert).join('\n')))];
  const details = detailLines(alert);
  if (details.length) blocks.push(section(fit(details.join('\n'))));
  if (alert.status) blocks.push(context(fit(`*Status:* ${escapeText(alert.status)}`)));
  blocks.push(buttons(alert, index));
  return blocks;
}

/** The notification text (push, screen readers, clients without blocks): escaped like the blocks. */
export function alertFallback(alert: Alert): string {
  return `${alertHeadline(alert)}: ${alert.item.title} (${alert.source.name}, ${describeLabel(alert.source)})`;
}

/** A burst is coalesced up to this many alerts per message: at most 6 blocks each, 29 of Slack's 50. */
export const ALERTS_PER_MESSAGE = 5;

/** One message for one or more alerts bound for the same place (a burst coalesced by the pacer). */
export function renderAlerts(alerts: readonly Alert[]): SlackMessage {
  const blocks = alerts.flatMap((a, i) => (i === 0 ? alertBlocks(a, i) : [divider, ...alertBlocks(a, i)]));
  const text = alerts.length === 1 ? alertFallback(alerts[0] as Alert) : `${alerts.length} alerts: ${alerts.map(alertFallback).join('; ')}`;
  return toMessage(truncateAtWord(escapeText(text), LIMITS.fallbackText), blocks);
}
