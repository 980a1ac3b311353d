/**
 * Which address a request comes from, for rate limits. Without trusted proxies it is the socket's
 * address and `X-Forwarded-For` is ignored (anyone can write it). With TRUST_PROXY set and the
 * socket's peer among them, `X-Forwarded-For` is read from the right: each trusted proxy appended
 * the address it saw, so the right-most address that is not a trusted proxy is the client.
 */
import { BlockList, isIP } from 'node:net';

/** One TRUST_PROXY entry, checked: an address or a CIDR range. */
export interface ProxyRange {
  address: string;
  prefix: number;
  family: 'ipv4' | 'ipv6';
}

/** `::ffff:10.0.0.1` and `10.0.0.1` are the same client. */
function unmapped(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address;
}

/** `203.0.113.7`, `203.0.113.7:5123`, `[2001:db8::1]:443` → the bare address, or undefined. */
function bareAddress(hop: string): string | undefined {
  const text = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  const candidate = bracketed ? bracketed[1]! : /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(text)?.[1] ?? text;
  return isIP(candidate) ? unmapped(candidate) : undefined;
}

/** Parses one TRUST_PROXY entry (`10.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`); undefined when it is neither. */
export function parseProxyRange(entry: string): ProxyRange | undefined {
  const [address, prefixText, extra] = entry.trim().split('/');
  if (address === undefined || extra !== undefined) return undefined;
  const version = isIP(address);
  if (version === 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return undefined;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

export type ClientAddressResolver = (socketAddress: string | undefined, forwardedFor: string | string[] | undefined) => string;

export function clientAddressResolver(trusted: ProxyRange[]): ClientAddressResolver {
  const list = new BlockList();
  for (const range of trusted) list.addSubnet(range.address, range.prefix, range.family);
  const isTrusted = (address: string) => list.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');

  return (socketAddress, forwardedFor) => {
    const peer = socketAddress ? unmapped(socketAddress) : 'unknown';
    if (trusted.length === 0 || forwardedFor === undefined || !isIP(peer) || !isTrusted(peer)) return peer;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
    let nearest = peer;
    for (let index = hops.length - 1; index >= 0; index -= 1) {
      const hop = bareAddress(hops[index]!);
      // A hop a trusted proxy wrote that is not an address: nothing left of it can be believed.
      if (hop === undefined) return nearest;
      if (!isTrusted(hop)) return hop;
      nearest = hop;
    }
    // Every hop is a trusted proxy: the request started inside; the left-most one is the client.
    return nearest;
  };
}
