import { describe, expect, it } from 'vitest'

import { normalizeAddress, parseTrustedProxies, resolveClient } from './trustedProxy'

const none = parseTrustedProxies(undefined)
const local = parseTrustedProxies('127.0.0.1, ::1')
const chain = parseTrustedProxies('127.0.0.1,10.0.0.0/8,fd00::/8')

describe('client address behind (or without) trusted proxies', () => {
  it('normalises the forms addresses arrive in and rejects what is not an address', () => {
    expect(normalizeAddress('::ffff:192.0.2.7')).toBe('192.0.2.7')
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('192.0.2.7:51234')).toBe('192.0.2.7')
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1')
    expect(normalizeAddress('unknown')).toBeNull()
    expect(normalizeAddress('1.2.3.4, 5.6.7.8')).toBeNull()
    expect(normalizeAddress('')).toBeNull()
  })

  it('without TRUSTED_PROXIES takes the socket address and ignores a forged X-Forwarded-For and proto', () => {
    expect(resolveClient({ socketAddress: '::ffff:198.51.100.9', forwardedFor: '203.0.113.66', forwardedProto: 'https', encrypted: false }, none)).toEqual({
      address: '198.51.100.9',
      proto: 'http',
    })
    // Even from the loopback address: nothing is trusted unless configured.
    expect(resolveClient({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.66', forwardedProto: undefined, encrypted: true }, none)).toEqual({
      address: '127.0.0.1',
      proto: 'https',
    })
  })

  it('behind a trusted proxy takes the right-most untrusted address, not the client-written first one', () => {
    // The client wrote "203.0.113.66"; nginx appended the real peer 198.51.100.9.
    expect(resolveClient({ socketAddress: '127.0.0.1', forwardedFor: '203.0.113.66, 198.51.100.9', forwardedProto: 'https', encrypted: false }, local)).toEqual({
      address: '198.51.100.9',
      proto: 'https',
    })
    // Two proxies of our own (10.x load balancer, then nginx on 127.0.0.1).
    expect(resolveClient({ socketAddress: '127.0.0.1', forwardedFor: ['1.1.1.1, 198.51.100.9', '10.1.2.3'], forwardedProto: 'https,http', encrypted: false }, chain).address).toBe(
      '198.51.100.9',
    )
    expect(resolveClient({ socketAddress: '::1', forwardedFor: '2001:db8::5', forwardedProto: undefined, encrypted: false }, local)).toEqual({ address: '2001:db8::5', proto: 'http' })
  })

  it('stops at garbage and keeps the last hop a trusted proxy vouched for', () => {
    expect(resolveClient({ socketAddress: '127.0.0.1', forwardedFor: 'evil, 10.0.0.9', forwardedProto: 'gopher', encrypted: false }, chain)).toEqual({
      address: '10.0.0.9',
      proto: 'http',
    })
    expect(resolveClient({ socketAddress: '127.0.0.1', forwardedFor: undefined, forwardedProto: undefined, encrypted: false }, local).address).toBe('127.0.0.1')
  })

  it('matches ranges, mapped addresses and IPv6, and refuses a malformed setting', () => {
    expect(chain('10.200.3.4')).toBe(true)
    expect(chain('::ffff:10.0.0.1')).toBe(true)
    expect(chain('fd12::1')).toBe(true)
    expect(chain('11.0.0.1')).toBe(false)
    expect(chain('not-an-ip')).toBe(false)
    expect(() => parseTrustedProxies('127.0.0.1,localhost')).toThrow(/localhost/)
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/TRUSTED_PROXIES/)
  })
})
