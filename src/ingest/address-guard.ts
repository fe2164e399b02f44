// SSRF guard: a feed URL is user-supplied, so by default it may only reach public unicast addresses.
// The check runs on the address actually connected to: IP literals in the connector, hostnames in the DNS
// lookup handed to net.connect (so "internal.example" resolving to 10.0.0.5 is refused before connecting).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { FeedError } from './errors.js';

/** Decides whether a resolved IP may be connected to. */
export type AddressPolicy = (ip: string) => boolean;

const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", incl. unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // CGNAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast
] as const) NON_PUBLIC.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // deprecated site-local
  ['ff00::', 8], // multicast
  ['2001:db8::', 32], // documentation
] as const) NON_PUBLIC.addSubnet(net, prefix, 'ipv6');

/** True for public unicast addresses. IPv4-mapped IPv6 (::ffff:127.0.0.1, ::ffff:7f00:1) is judged as IPv4. */
export function isPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  return !NON_PUBLIC.check(ip, family === 6 ? 'ipv6' : 'ipv4');
}

export function addressPolicy(allowPrivateAddresses: boolean): AddressPolicy {
  return allowPrivateAddresses ? () => true : isPublicAddress;
}

export function blockedAddressError(host: string, ip: string): FeedError {
  return new FeedError('ingest/blocked-address', `refusing to connect to ${host} (${ip}): not a public address`);
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A `lookup` for net.connect that resolves as usual, then refuses if any resolved address fails the policy. */
export function guardedLookup(policy: AddressPolicy) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      // Refuse if ANY address is blocked: otherwise a name with one public and one private record could be
      // steered to the private one by the happy-eyeballs connection race.
      const blocked = addresses.find((a) => !policy(a.address));
      if (blocked) return callback(blockedAddressError(hostname, blocked.address) as NodeJS.ErrnoException, []);
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
      callback(null, first.address, first.family);
    });
  };
}
