import { describe, expect, it } from 'vitest';
import { guardedLookup, isPublicAddress } from '../../../src/ingest/address-guard.js';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '224.0.0.251', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1',
    'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:169.254.169.254', '::ffff:a00:1', 'not-an-ip',
  ])('refuses %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });
});

describe('guardedLookup', () => {
  const lookup = (host: string, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      guardedLookup(isPublicAddress)(host, { all }, (err, address) => resolve({ err, address })),
    );

  it('refuses a hostname that resolves to loopback, in both lookup call styles', async () => {
    for (const all of [false, true]) {
      const { err } = await lookup('localhost', all);
      expect(err).toMatchObject({ code: 'ingest/blocked-address' });
    }
  });

  it('passes addresses through when the policy allows them', async () => {
    const allowAll = guardedLookup(() => true);
    const single = await new Promise<unknown>((resolve) => allowAll('localhost', {}, (_err, address) => resolve(address)));
    expect(typeof single).toBe('string');
    const list = await new Promise<unknown>((resolve) => allowAll('localhost', { all: true }, (_err, address) => resolve(address)));
    expect(Array.isArray(list) && list.length > 0).toBe(true);
  });
});
