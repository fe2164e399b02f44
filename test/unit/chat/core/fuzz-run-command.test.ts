// Fuzzing the command core's one entry point: any command name, any raw argument object (what an adapter
// could pass through from a platform payload), admin or not. runCommand never throws, always returns a Reply
// made of strings, and never stores a claim whose statement holds a control or bidi-override character.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCommand } from '../../../../src/chat/core/commands/index.js';
import { commandDeps, context } from '../../../helpers/command-deps.js';
import { deletePrefix, testRedis, uniquePrefix } from '../../../helpers/redis.js';
import { TEST_REGISTRY } from '../../../helpers/registry.js';

const redis = testRedis();
const prefix = uniquePrefix('fuzz-cmd');
const deps = commandDeps(redis, prefix, TEST_REGISTRY);
afterAll(async () => {
  await deletePrefix(redis, prefix);
  await redis.quit();
});

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', 'x'.repeat(10_000), 'https://127.0.0.1/', 'http://[::1]/', 'a,b,,c', '24h', '0m', '9999d', 'denial,nope', '<@123>', '@everyone'),
  fc.anything({ maxDepth: 1 }),
);
const spec = fc.constantFrom(...COMMANDS);
const raw = spec.chain((s) => fc.tuple(fc.constant(s), fc.dictionary(fc.oneof(fc.constantFrom(...(s.options.length ? s.options.map((o) => o.name) : ['x'])), fc.string({ maxLength: 8 })), nasty, { maxKeys: 4 })));
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('runCommand with arbitrary raw arguments', () => {
  it('a statement with no words to match on is refused with a reply, not an exception', async () => {
    for (const statement of ['<@123>', '@everyone', '!!! ???', 'the of and']) {
      const reply = await runCommand('claim', 'track', { statement }, context('t0'), deps);
      expect(reply, statement).toMatchObject({ ok: false });
    }
  });

  it('never throws and always answers with a Reply of strings', async () => {
    await fc.assert(
      fc.asyncProperty(raw, fc.boolean(), fc.constantFrom('t1', 't2'), async ([s, args], isAdmin, tenant) => {
        const reply = await runCommand(s.group, s.name, args, context(tenant, { isAdmin }), deps);
        expect(typeof reply.ok).toBe('boolean');
        expect(typeof reply.title).toBe('string');
        for (const section of reply.sections) for (const line of section.lines) expect(typeof line).toBe('string');
      }),
      { numRuns: 400 },
    );
    for (const claim of [...(await deps.stores.claims.listTenant('t1')), ...(await deps.stores.claims.listTenant('t2'))]) expect(claim.statement).not.toMatch(UNSAFE);
    // Feeds are checked (a recording stub here) only for http(s) URLs.
    expect(deps.scheduled.every((f) => /^https?:\/\//.test(f.url))).toBe(true);
  });

  it('unknown groups and names answer "Unknown command"', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), async (group, name) => {
        fc.pre(!COMMANDS.some((c) => c.group === group && c.name === name));
        const reply = await runCommand(group, name, {}, context('t1'), deps);
        expect(reply).toMatchObject({ ok: false, title: 'Unknown command' });
      }),
      { numRuns: 200 },
    );
  });
});
