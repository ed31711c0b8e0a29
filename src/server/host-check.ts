/**
 * DNS-rebinding guard. A page on any web site can point its own host name at 127.0.0.1 and then
 * read this server as "same origin"; the Host header it sends still names that site. So while the
 * server listens on loopback only, it answers only requests addressed to a loopback name.
 */
import { isIP } from 'node:net';

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare.endsWith('.localhost') || bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
}

/** True when the Host header is acceptable for a server bound to `boundHost`. */
export function hostHeaderAllowed(hostHeader: string | undefined, boundHost: string): boolean {
  if (!isLoopbackHost(boundHost)) return true; // exposed on purpose with --host: any name may reach it
  if (!hostHeader) return false;
  return isLoopbackHost(hostnameOf(hostHeader));
}

function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1);
  const colon = hostHeader.lastIndexOf(':');
  return colon === -1 ? hostHeader : hostHeader.slice(0, colon);
}
