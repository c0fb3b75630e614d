import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../../seed/lexical'
import { lexicalParagraphs } from './lexicalText'

describe('lexicalParagraphs', () => {
  it('returns the text of each block, headings and list items included', () => {
    const doc = paragraphsToLexical(['## 一、基本情况', '今年以来，全县……', ''])
    expect(lexicalParagraphs(doc)).toEqual(['一、基本情况', '今年以来，全县……'])
  })
  it('treats an empty or missing document as no paragraphs', () => {
    expect(lexicalParagraphs(null)).toEqual([])
    expect(lexicalParagraphs({ root: { type: 'root', children: [] } })).toEqual([])
  })
})
