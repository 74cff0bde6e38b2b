// Which IP addresses the fetcher may connect to: public unicast only. Private, loopback, link-local (cloud
// metadata at 169.254.169.254), unique-local, CGNAT, multicast, documentation and reserved ranges are refused,
// IPv4 and IPv6 alike, and an IPv4 address inside IPv6 (mapped, compatible, NAT64) is judged as the IPv4 it carries.
import net from 'node:net';

const V4: Array<[string, number, string]> = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const V6: Array<[string, number, string]> = [
  ['::', 96, 'unspecified, loopback or IPv4-compatible'],
  ['100::', 64, 'discard'],
  ['2001::', 23, 'IETF protocol assignments (Teredo and others)'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, '6to4'],
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const ranges = new Map<string, { list: net.BlockList; label: string }>();
for (const [address, prefix, label] of V4) {
  const list = new net.BlockList();
  list.addSubnet(address, prefix, 'ipv4');
  ranges.set(`${address}/${prefix}`, { list, label });
}
for (const [address, prefix, label] of V6) {
  const list = new net.BlockList();
  list.addSubnet(address, prefix, 'ipv6');
  ranges.set(`${address}/${prefix}`, { list, label });
}

/** The IPv4 address an IPv6 one carries in its low 32 bits, for ::ffff:0:0/96 (mapped) and 64:ff9b::/96 (NAT64). */
function embeddedV4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1] ?? null;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1] ?? '0', 16);
  const low = parseInt(hex[2] ?? '0', 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Why `address` may not be fetched from (a range's name), or null when it is public unicast. Not an IP: refused. */
export function blockedAddress(address: string): string | null {
  const family = net.isIP(address);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4 !== null) return blockedAddress(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, label } of ranges.values()) if (list.check(address, type)) return label;
  return null;
}
