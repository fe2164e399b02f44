// `/claimwatch <group> <name> [args]` text -> a command of the core and its raw arguments. Required options are
// positional in declaration order (extra words join the last one, so quotes are optional there); optional
// ones are `name:value` or `name="quoted value"`. Slack sends the text escaped (&amp; &lt; &gt;) and, with
// should_escape, mentions as <#C123|name>, <@U1|bob>, <https://x|x>: these are decoded back to plain text here.
import { COMMANDS, GROUP_DESCRIPTIONS, usage } from '../core/commands/index.js';
import type { CommandSpec, OptionSpec } from '../core/commands/types.js';

export type ParsedCommand =
  | { kind: 'help'; group?: string }
  | { kind: 'run'; spec: CommandSpec; raw: Record<string, string> }
  | { kind: 'error'; title: string; lines: string[] };

interface Token {
  /** The token with quotes removed. */
  value: string;
  /** Length of the unquoted run at the token's start (an option name must be in it). */
  bareLength: number;
}

const OPEN_QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“' };

/** Splits on whitespace outside quotes. Returns undefined for an unterminated quote. */
export function tokenize(text: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) break;
    let value = '';
    let bareLength = -1;
    while (i < text.length && !/\s/.test(text[i] as string)) {
      const close = OPEN_QUOTES[text[i] as string];
      if (close === undefined) {
        value += text[i++];
        continue;
      }
      if (bareLength < 0) bareLength = value.length;
      const end = text.slice(i + 1).search(close === '"' ? /"/ : /[”“"]/);
      if (end < 0) return undefined;
      value += text.slice(i + 1, i + 1 + end);
      i += end + 2;
    }
    tokens.push({ value, bareLength: bareLength < 0 ? value.length : bareLength });
  }
  return tokens;
}

const CHANNEL_MENTION = /^<#([A-Z0-9]+)(?:\|[^>]*)?>$/;
const CHANNEL_ID = /^[CGD][A-Z0-9]{6,}$/;

/** Slack's escaped form back to what the user typed: mentions and links become plain text. */
export function unescapeSlack(text: string): string {
  return text
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<@([A-Z0-9]+)(?:\|([^>]*))?>/g, (_m, id: string, name?: string) => `@${name || id}`)
    .replace(/<!([a-z]+)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function optionValue(option: OptionSpec, value: string): { ok: true; value: string } | { ok: false; message: string } {
  if (option.type !== 'channel') return { ok: true, value: unescapeSlack(value) };
  const mention = CHANNEL_MENTION.exec(value);
  if (mention) return { ok: true, value: mention[1] as string };
  if (CHANNEL_ID.test(value)) return { ok: true, value };
  return { ok: false, message: `${option.name}: mention a channel, e.g. ${option.name}:#alerts (type # and pick it)` };
}

/** "/claimwatch claim track <statement> [keywords]: Track a claim …", one line per command of the group. */
export function commandUsageLines(group: string, commands: readonly CommandSpec[] = COMMANDS): string[] {
  return commands.filter((c) => c.group === group).map((c) => `/claimwatch ${usage(c)}: ${c.description}`);
}

export const OPTION_SYNTAX = 'Values in [brackets] are optional and written name:value or name="several words".';

export function parseCommandText(text: string, commands: readonly CommandSpec[] = COMMANDS): ParsedCommand {
  const tokens = tokenize(text.trim());
  if (!tokens) return { kind: 'error', title: 'Unclosed quote', lines: ['Close every " you open, e.g. claim track "Iran promised the US …"'] };
  const [groupToken, nameToken, ...rest] = tokens;
  const group = groupToken?.value.toLowerCase();
  if (!group || group === 'help') return { kind: 'help', ...(nameToken ? { group: nameToken.value.toLowerCase() } : {}) };
  const groups = [...new Set(commands.map((c) => c.group))];
  if (!groups.includes(group)) return { kind: 'error', title: `Unknown command "${group}"`, lines: [`Commands: ${groups.join(', ')}.`, 'See /claimwatch help.'] };
  const name = nameToken?.value.toLowerCase();
  const spec = commands.find((c) => c.group === group && c.name === name);
  if (!spec) return { kind: 'error', title: name ? `Unknown subcommand "${group} ${name}"` : `${group}: which subcommand?`, lines: [...commandUsageLines(group, commands), OPTION_SYNTAX] };

  const raw: Record<string, string> = {};
  const positional: string[] = [];
  const problems: string[] = [];
  for (const token of rest) {
    const named = /^([a-z][a-z_-]*)[:=]/i.exec(token.value);
    const option = named && named[0].length <= token.bareLength ? spec.options.find((o) => o.name === named[1]?.toLowerCase()) : undefined;
    if (!option || !named) {
      positional.push(token.value);
      continue;
    }
    if (option.name in raw) problems.push(`${option.name} is given twice`);
    const parsed = optionValue(option, token.value.slice(named[0].length));
    if (parsed.ok) raw[option.name] = parsed.value;
    else problems.push(parsed.message);
  }
  const required = spec.options.filter((o) => o.required && !(o.name in raw));
  required.forEach((option, i) => {
    const isLast = i === required.length - 1;
    const words = isLast ? positional.splice(0) : positional.splice(0, 1);
    if (words.length === 0) return;
    const parsed = optionValue(option, words.join(' '));
    if (parsed.ok) raw[option.name] = parsed.value;
    else problems.push(parsed.message);
  });
  if (positional.length) problems.push(`Unexpected "${positional.join(' ')}": optional values are written name:value`);
  if (problems.length) return { kind: 'error', title: `Cannot run ${group} ${spec.name}`, lines: [...problems, `Usage: /claimwatch ${usage(spec)}`, OPTION_SYNTAX] };
  return { kind: 'run', spec, raw };
}

export function helpLines(group?: string, commands: readonly CommandSpec[] = COMMANDS): Array<{ heading: string; lines: string[] }> {
  const groups = [...new Set(commands.map((c) => c.group))].filter((g) => !group || g === group);
  return groups.map((g) => ({ heading: `${g}: ${GROUP_DESCRIPTIONS[g] ?? ''}`.replace(/: $/, ''), lines: commandUsageLines(g, commands) }));
}
