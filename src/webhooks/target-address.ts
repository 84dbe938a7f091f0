import { BlockList, isIP } from 'node:net';

/**
 * Where a webhook may send the desk's events (server-side request forgery): an `https` URL to a
 * public address. Plain `http`, and addresses in private, loopback, link-local and other special
 * ranges, only for hosts an operator listed in WEBHOOK_ALLOW_HTTP_HOSTS (a receiver on the same
 * machine or in the newsroom's own network). Checked when a webhook is saved and again on every
 * connection, against the address the name resolves to then (a name that later resolves to
 * 127.0.0.1 is refused at that point).
 */
const SPECIAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24],
  ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) SPECIAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b::', 96], ['100::', 64], ['2001:db8::', 32], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) SPECIAL.addSubnet(network, prefix, 'ipv6');

/** Whether an IP address is not a public unicast one (private, loopback, link-local, documentation, multicast …). */
export function isSpecialAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').split('%')[0];
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped) return isSpecialAddress(mapped[1]);
  const family = isIP(bare);
  if (family === 0) return true;
  return SPECIAL.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** The host as compared with the allow list: lower case, IPv6 without brackets. */
export const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/^\[|\]$/g, '');

/** Why this URL may not receive webhooks, or null when it may (as far as can be told before resolving its name). */
export function refuseTarget(raw: string, allowHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a URL';
  }
  const host = hostOf(url);
  const allowed = allowHosts.includes(host);
  if (url.username || url.password) return 'credentials in the URL are not allowed (use the signing secret)';
  if (url.protocol === 'http:' && !allowed) return `plain http is only allowed to hosts listed in WEBHOOK_ALLOW_HTTP_HOSTS; use https`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'only https (or http to allowed hosts) URLs can receive webhooks';
  if (!allowed && (host === 'localhost' || host.endsWith('.localhost'))) return 'localhost is not allowed unless listed in WEBHOOK_ALLOW_HTTP_HOSTS';
  if (!allowed && isIP(host) !== 0 && isSpecialAddress(host)) return `${host} is a private, loopback or reserved address; list it in WEBHOOK_ALLOW_HTTP_HOSTS to allow it`;
  return null;
}
