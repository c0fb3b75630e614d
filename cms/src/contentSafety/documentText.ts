/**
 * The text an item will show on the portal, field by field: text and textarea fields, rich
 * text as paragraphs, and what its uploads carry (file name, alt text, caption, and the text
 * inside attached PDF and Word files). Links in rich text are collected for the link check.
 */
import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { type AttachmentFile, attachmentText, carriesText } from './attachmentText'
import { readMediaFile } from '../lib/mediaStorage'
import type { LinkRef, TextSegment } from './types'

type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: { url?: string; linkType?: string }
  url?: string
  relationTo?: string
  value?: number | string | { id: number | string }
}

/** What rich text refers to besides its words. */
type RichRefs = { links: string[]; uploads: { relationTo: string; id: number | string }[] }

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

function lexicalText(node: LexicalNode, refs: RichRefs): string {
  if ((node.type === 'link' || node.type === 'autolink') && (node.fields?.url || node.url)) refs.links.push(String(node.fields?.url ?? node.url))
  if (node.type === 'upload' && node.relationTo && node.value !== undefined && node.value !== null) {
    refs.uploads.push({ relationTo: node.relationTo, id: typeof node.value === 'object' ? node.value.id : node.value })
  }
  if (typeof node.text === 'string') return node.text
  if (node.type === 'linebreak') return '\n'
  const inner = (node.children ?? []).map((child) => lexicalText(child, refs)).join('')
  return node.type && BLOCKS.has(node.type) ? `${inner}\n` : inner
}

function labelOf(field: { label?: unknown; name?: string }, prefix: string): string {
  const label = field.label
  const text = typeof label === 'string' ? label : label && typeof label === 'object' ? ((label as Record<string, string>).zh ?? Object.values(label as Record<string, string>)[0]) : field.name
  return prefix ? `${prefix} · ${text}` : String(text ?? '')
}

type Upload = { collection: string; id: number | string; field: string }

function walk(fields: Field[], data: Record<string, unknown> | undefined, prefix: string, out: { segments: TextSegment[]; links: LinkRef[]; uploads: Upload[] }) {
  if (!data) return
  for (const field of fields) {
    if ('admin' in field && field.admin && 'hidden' in field.admin && field.admin.hidden) continue
    // A field meant for public contact details (a unit's published phone) is not checked.
    if ((field.custom as { contentCheck?: boolean } | undefined)?.contentCheck === false) continue
    switch (field.type) {
      case 'text':
      case 'textarea': {
        const value = data[field.name]
        if (typeof value === 'string' && value.trim()) out.segments.push({ field: labelOf(field, prefix), text: value })
        break
      }
      case 'richText': {
        const value = data[field.name] as { root?: LexicalNode } | undefined
        if (!value?.root) break
        const refs: RichRefs = { links: [], uploads: [] }
        const text = lexicalText(value.root, refs).trim()
        if (text) out.segments.push({ field: labelOf(field, prefix), text })
        for (const url of refs.links) out.links.push({ field: labelOf(field, prefix), url })
        for (const upload of refs.uploads) out.uploads.push({ collection: upload.relationTo, id: upload.id, field: labelOf(field, prefix) })
        break
      }
      case 'upload': {
        const value = data[field.name]
        const ids = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]
        for (const id of ids) {
          const key = typeof id === 'object' && id ? (id as { id: number | string }).id : (id as number | string)
          if (key !== undefined && typeof field.relationTo === 'string') out.uploads.push({ collection: field.relationTo, id: key, field: labelOf(field, prefix) })
        }
        break
      }
      case 'group':
        if ('name' in field && field.name) walk(field.fields, data[field.name] as Record<string, unknown>, labelOf(field, prefix), out)
        else walk(field.fields, data, prefix, out)
        break
      case 'array':
        for (const row of (data[field.name] as Record<string, unknown>[] | undefined) ?? []) walk(field.fields, row, labelOf(field, prefix), out)
        break
      case 'row':
      case 'collapsible':
        walk(field.fields, data, prefix, out)
        break
      case 'tabs':
        for (const tab of field.tabs) walk(tab.fields, 'name' in tab && tab.name ? (data[tab.name] as Record<string, unknown>) : data, prefix, out)
        break
      default:
        break
    }
  }
}

export type DocumentText = {
  segments: TextSegment[]
  links: LinkRef[]
  /** Attached PDF and Word files no text could be read from (scans, damaged or too large files). */
  unreadable: { field: string; filename: string }[]
}

export async function documentText(req: PayloadRequest, collection: string, doc: Record<string, unknown>): Promise<DocumentText> {
  const config = req.payload.collections[collection as CollectionSlug]?.config
  const out = { segments: [] as TextSegment[], links: [] as LinkRef[], uploads: [] as Upload[] }
  const unreadable: DocumentText['unreadable'] = []
  if (!config) return { ...out, unreadable }
  walk(config.fields, doc, '', out)
  for (const upload of out.uploads) {
    const uploadConfig = req.payload.collections[upload.collection as CollectionSlug]?.config
    const file = (await req.payload
      .findByID({ collection: upload.collection as never, id: upload.id, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as (Record<string, unknown> & AttachmentFile) | null
    if (!file || !uploadConfig) continue
    const field = `${upload.field}（附件）`
    const text = ['filename', 'alt', 'caption', 'title'].map((key) => file[key]).filter((v): v is string => typeof v === 'string' && v.trim() !== '').join('\n')
    if (text) out.segments.push({ field, text })
    if (!carriesText(file)) continue
    const staticDir = typeof uploadConfig.upload === 'object' ? (uploadConfig.upload.staticDir ?? '') : ''
    // Media may be kept in an S3-compatible bucket; the other upload collections are on disk.
    const inside = await attachmentText(
      staticDir,
      file,
      upload.collection === 'media' ? (filename, maxBytes) => readMediaFile(staticDir, filename, { maxBytes, prefix: file.prefix as string | null | undefined }) : undefined,
    )
    if (inside) out.segments.push({ field: `${field}“${file.filename}”正文`, text: inside })
    else unreadable.push({ field, filename: String(file.filename) })
  }
  return { segments: out.segments, links: out.links, unreadable }
}
