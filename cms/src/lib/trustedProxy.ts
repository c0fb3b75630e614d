/**
 * Who is the client? The socket's peer, unless that peer is a reverse proxy named in
 * TRUSTED_PROXIES: then the right-most address in X-Forwarded-For that is not a trusted proxy
 * (everything left of it was written by the client and proves nothing). The admin server
 * writes the answer into X-Forwarded-For / X-Forwarded-Proto before Next.js sees the request,
 * so code reading the first X-Forwarded-For value gets the real client.
 */
import net from 'node:net'

/** Whether an address is one of the trusted reverse proxies. */
export type TrustedProxies = (address: string) => boolean

/** `::ffff:1.2.3.4` → `1.2.3.4`, `[::1]:80` → `::1`, `1.2.3.4:5678` → `1.2.3.4`; null when not an address. */
export function normalizeAddress(value: string | undefined | null): string | null {
  let text = (value ?? '').trim()
  if (!text) return null
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) text = bracketed[1]
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'))
  text = text.replace(/%.*$/, '')
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(text)
  if (mapped) text = mapped[1]
  return net.isIP(text) ? text.toLowerCase() : null
}

/**
 * TRUSTED_PROXIES: a comma-separated list of addresses and CIDR ranges, IPv4 or IPv6
 * (`127.0.0.1`, `10.0.0.0/8`, `::1`). Empty or unset: no proxy is trusted. A malformed entry
 * throws, so a typo stops the server instead of silently trusting nothing.
 */
export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new net.BlockList()
  const entries = (setting ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/')
    const ip = normalizeAddress(address)
    const family = ip ? net.isIP(ip) : 0
    const bits = prefix === undefined ? undefined : Number(prefix)
    if (!ip || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > (family === 4 ? 32 : 128)))) {
      throw new Error(`TRUSTED_PROXIES 中的“${entry}”不是有效的 IP 地址或网段（例：127.0.0.1,10.0.0.0/8,::1）。`)
    }
    const type = family === 4 ? 'ipv4' : 'ipv6'
    if (bits === undefined) list.addAddress(ip, type)
    else list.addSubnet(ip, bits, type)
  }
  if (entries.length === 0) return () => false
  return (address) => {
    const ip = normalizeAddress(address)
    return ip !== null && list.check(ip, net.isIP(ip) === 4 ? 'ipv4' : 'ipv6')
  }
}

const firstValue = (header: string | string[] | undefined) => (Array.isArray(header) ? header.join(',') : (header ?? ''))

export type ClientInput = {
  /** req.socket.remoteAddress */
  socketAddress: string | undefined
  /** The incoming X-Forwarded-For header (any client may have written it). */
  forwardedFor: string | string[] | undefined
  /** The incoming X-Forwarded-Proto header. */
  forwardedProto: string | string[] | undefined
  /** Whether the connection itself is TLS. */
  encrypted: boolean
}

export type Client = { address: string; proto: 'http' | 'https' }

/** The one real client address and scheme of a request. */
export function resolveClient(input: ClientInput, trusted: TrustedProxies): Client {
  const socket = normalizeAddress(input.socketAddress) ?? 'unknown'
  const ownProto = input.encrypted ? 'https' : 'http'
  if (!trusted(socket)) return { address: socket, proto: ownProto }

  // Walk the chain from the right: each hop is vouched for by the trusted hop after it.
  const hops = firstValue(input.forwardedFor).split(',').map((s) => s.trim()).filter(Boolean)
  let address = socket
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i])
    if (!hop) break
    address = hop
    if (!trusted(hop)) break
  }
  const claimed = firstValue(input.forwardedProto).split(',')[0]?.trim().toLowerCase()
  return { address, proto: claimed === 'https' || claimed === 'http' ? claimed : ownProto }
}
