// The /claimwatch text grammar (pure; kept beside the Slack integration tests it serves).
import { describe, expect, it } from 'vitest';
import { parseCommandText, tokenize, unescapeSlack } from '../../../src/chat/slack/command-text.js';

const run = (text: string) => {
  const parsed = parseCommandText(text);
  if (parsed.kind !== 'run') throw new Error(`expected a command, got ${JSON.stringify(parsed)}`);
  return { command: `${parsed.spec.group} ${parsed.spec.name}`, raw: parsed.raw };
};
const error = (text: string) => {
  const parsed = parseCommandText(text);
  if (parsed.kind !== 'error') throw new Error(`expected an error, got ${parsed.kind}`);
  return [parsed.title, ...parsed.lines].join('\n');
};

describe('tokenize', () => {
  it('splits on spaces outside straight or curly quotes and keeps name:"value" as one token', () => {
    expect(tokenize('a "b c" “d e” keywords:"x, y" z')?.map((t) => t.value)).toEqual(['a', 'b c', 'd e', 'keywords:x, y', 'z']);
  });
  it('reports an unterminated quote', () => {
    expect(tokenize('claim track "open')).toBeUndefined();
  });
});

describe('unescapeSlack', () => {
  it('turns mentions, links and entities back into plain text', () => {
    expect(unescapeSlack('<#C1|general> <@U1|bob> <@U2> <!here> <https://x.example/a|x.example/a> a &lt;b&gt; &amp;lt;')).toBe('#general @bob @U2 @here https://x.example/a a <b> &lt;');
  });
});

describe('parseCommandText', () => {
  it('maps required options to positions and optional ones to name:value', () => {
    expect(run('claim track "Iran promised the US a ceasefire" keywords:ceasefire,truce')).toEqual({ command: 'claim track', raw: { statement: 'Iran promised the US a ceasefire', keywords: 'ceasefire,truce' } });
  });
  it('joins extra words into the last required option; name=value and capitalised names work', () => {
    expect(run('actor add Amir Ali Hajizadeh Aliases="Hajizade, حاجی‌زاده"').raw).toEqual({ name: 'Amir Ali Hajizadeh', aliases: 'Hajizade, حاجی‌زاده' });
  });
  it('takes a channel option from a mention or a raw id, and nothing else', () => {
    expect(run('claim track "x y z" channel:<#C0ALERTS|alerts>').raw.channel).toBe('C0ALERTS');
    expect(run('claim track "x y z" channel:C0ALERTS').raw.channel).toBe('C0ALERTS');
    expect(error('claim track "x y z" channel:#alerts')).toContain('channel: mention a channel');
  });
  it('a quoted name:value or an unknown name is plain text of the statement', () => {
    expect(run('claim track "US: no deal" said officials "keywords:none"').raw).toEqual({ statement: 'US: no deal said officials keywords:none' });
    expect(run('claim track Note: talks ended').raw).toEqual({ statement: 'Note: talks ended' });
  });
  it('a required option can also be named', () => {
    expect(run('claim show id:ceasefire-1').raw).toEqual({ id: 'ceasefire-1' });
  });
  it('refuses a repeated option and words a command without positional options cannot place', () => {
    expect(error('claim track "a b c" keywords:x keywords:y')).toContain('keywords is given twice');
    expect(error('claim list everything')).toContain('Unexpected "everything"');
  });
  it('is case-insensitive for group and subcommand and recognises help', () => {
    expect(run('CLAIM List').command).toBe('claim list');
    expect(parseCommandText('help feed')).toEqual({ kind: 'help', group: 'feed' });
    expect(parseCommandText('   ')).toEqual({ kind: 'help' });
  });
});
