// Fuzzing the Slack `/claimwatch` text parser with what a user (or a paste) can type: quotes of three kinds,
// Slack's escaped mentions and links, name:value pairs, control characters. It never throws; a "run" result
// names a real command and carries only string values for options that command declares.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../../src/chat/core/commands/index.js';
import { parseCommandText, tokenize, unescapeSlack } from '../../../../src/chat/slack/command-text.js';

const word = fc.oneof(
  fc.constantFrom(...new Set(COMMANDS.flatMap((c) => [c.group, c.name, ...c.options.map((o) => `${o.name}:`)]))),
  fc.constantFrom('"', '“', '”', '„', ':', '=', 'help', '<#C0123456|alerts>', '<@U0123|bob>', '<!channel>', '<https://x.example|x>', '&lt;', '&amp;', '\u0000', '\u202e', '  ', '\n'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
const text = fc.tuple(fc.array(word, { maxLength: 12 }), fc.constantFrom(' ', '', '"')).map(([words, separator]) => words.join(separator));

describe('parseCommandText on arbitrary text', () => {
  it('never throws and returns a well-formed result', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })), (t) => {
        const parsed = parseCommandText(t);
        if (parsed.kind === 'run') {
          expect(COMMANDS).toContain(parsed.spec);
          const names = parsed.spec.options.map((o) => o.name);
          for (const [k, v] of Object.entries(parsed.raw)) {
            expect(names).toContain(k);
            expect(typeof v).toBe('string');
          }
          // A missing required option is left to the command core's schema, which answers with the usage line.
        } else if (parsed.kind === 'error') {
          expect(parsed.title.length).toBeGreaterThan(0);
          expect(parsed.lines.every((l) => typeof l === 'string')).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('tokenize and unescapeSlack are total; tokens never contain unquoted whitespace', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => {
        unescapeSlack(t);
        const tokens = tokenize(t);
        if (tokens && !/["“”„]/.test(t)) for (const tok of tokens) expect(tok.value).not.toMatch(/\s/);
      }),
      { numRuns: 3000 },
    );
  });
});
