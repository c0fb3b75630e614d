import { describe, expect, it } from 'vitest'

import { EMPTY_SCOPE, parseScope, type PortalScope, serializeScope } from './scope'

const scope: PortalScope = { articles: ['12', '13'], columns: [], columnHeads: { yaowen: 3 }, disclosure: true, submissionLine: false, interaction: false }

describe('scope', () => {
  it('round-trips through its file', () => {
    expect(parseScope(serializeScope(scope))).toEqual(scope)
    expect(parseScope(serializeScope(EMPTY_SCOPE))).toEqual(EMPTY_SCOPE)
  })

  it('refuses a file that is not a scope, naming the file and the field', () => {
    expect(() => parseScope(JSON.stringify({ ...scope, articles: [12] }), '/tmp/scope.json')).toThrow(/scope\.json.*articles\.0/)
    const { interaction: _, ...partial } = scope
    expect(() => parseScope(JSON.stringify(partial))).toThrow(/interaction/)
    expect(() => parseScope(JSON.stringify({ ...scope, columnHeads: { yaowen: -1 } }))).toThrow(/columnHeads\.yaowen/)
    // A field one side adds and the other does not know is an error, not ignored.
    expect(() => parseScope(JSON.stringify({ ...scope, search: true }))).toThrow(/search/)
  })

  it('will not write what it could not read', () => {
    expect(() => serializeScope({ ...scope, columnHeads: { yaowen: 1.5 } })).toThrow()
  })
})
