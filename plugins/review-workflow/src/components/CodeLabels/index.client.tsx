'use client'
import type { DefaultCellComponentProps } from 'payload'

import { FieldLabel, TextInput, useConfig, useField, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Label = string | Record<string, string>

/** Codes (one, or several separated by commas) as their labels: unitHead,reviewer → 单位负责人、审核员. */
export function codeText(value: unknown, labels: Record<string, Label>, language: string): string {
  const codes = (Array.isArray(value) ? value.map(String) : String(value ?? '').split(','))
    .map((c) => c.trim())
    .filter(Boolean)
  return codes
    .map((code) => {
      const label = labels[code]
      if (typeof label === 'string') return label
      if (label && typeof label === 'object') return label[language] ?? label.zh ?? label.en ?? code
      return code
    })
    .join('、')
}

type FieldProps = { field: { name: string; label?: unknown }; path?: string }

function CodeLabelsField({ field, path: pathFromProps, labels }: FieldProps & { labels: Record<string, Label> }) {
  const { value, path } = useField<string>({ potentiallyStalePath: pathFromProps })
  const { i18n } = useTranslation()
  return (
    <TextInput path={path} label={field.label as never} value={codeText(value, labels, i18n.language)} readOnly onChange={() => {}} />
  )
}

function CodeLabelsCell({ cellData, labels }: { cellData: unknown; labels: Record<string, Label> }) {
  const { i18n } = useTranslation()
  return <span>{codeText(cellData, labels, i18n.language)}</span>
}

/**
 * A read-only text field holding codes (a collection's slug, a user's roles) shown by their labels,
 * as a list cell and in the edit view. `clientProps: { labels: { code: { zh, en } } }`.
 */
export function CodeLabels(props: (FieldProps | DefaultCellComponentProps) & { labels?: Record<string, Label> }) {
  const labels = props.labels ?? {}
  if ('cellData' in props) return <CodeLabelsCell cellData={props.cellData} labels={labels} />
  return <CodeLabelsField {...(props as FieldProps)} labels={labels} />
}

/** A stage's index (from 0, as the engine keeps it) read as 第 1 级. */
export function StageNumber(props: FieldProps | DefaultCellComponentProps) {
  if ('cellData' in props) return <StageNumberCell value={props.cellData} />
  return <StageNumberField {...(props as FieldProps)} />
}

const stageText = (value: unknown, language: string) => {
  if (value === null || value === undefined || value === '' || !Number.isFinite(Number(value))) return ''
  const n = Number(value) + 1
  return language.startsWith('en') ? `Stage ${n}` : `第${n}级`
}

function StageNumberCell({ value }: { value: unknown }) {
  const { i18n } = useTranslation()
  return <span>{stageText(value, i18n.language)}</span>
}

function StageNumberField({ field, path: pathFromProps }: FieldProps) {
  const { value, path } = useField<number>({ potentiallyStalePath: pathFromProps })
  const { i18n } = useTranslation()
  return (
    <TextInput path={path} label={field.label as never} value={stageText(value, i18n.language)} readOnly onChange={() => {}} />
  )
}

const looked = new Map<string, Promise<string | null>>()

/** The title of the document whose `field` equals `value` (cached per page), e.g. a definition's name by its code. */
function useLookup(collection: string, field: string, title: string, value: unknown): string | null | undefined {
  const { config } = useConfig()
  const [text, setText] = useState<string | null | undefined>(undefined)
  const code = typeof value === 'string' ? value : ''
  useEffect(() => {
    let live = true
    if (!code) {
      setText(null)
      return
    }
    const url = `${config.serverURL ?? ''}${config.routes.api}/${collection}?where[${field}][equals]=${encodeURIComponent(code)}&limit=1&depth=0&select[${title}]=true`
    if (!looked.has(url)) {
      looked.set(
        url,
        fetch(url, { credentials: 'include' })
          .then((r) => (r.ok ? (r.json() as Promise<{ docs: Record<string, unknown>[] }>) : { docs: [] }))
          .then(({ docs }) => (docs[0]?.[title] as string | undefined) ?? null),
      )
    }
    looked
      .get(url)!
      .then((found) => live && setText(found))
      .catch(() => live && setText(null))
    return () => {
      live = false
    }
  }, [code, collection, field, title, config.serverURL, config.routes.api])
  return text
}

type LookupProps = { collection: string; by?: string; title?: string }

/**
 * A code naming another document shown by that document's title — a run's 流程代码 (web-article)
 * as the workflow's name (上网信息发布审核). `clientProps: { collection, by, title }` (by: the field holding the code).
 */
export function LookupTitle(props: (FieldProps | DefaultCellComponentProps) & LookupProps) {
  if ('cellData' in props) return <LookupTitleCell value={props.cellData} collection={props.collection} by={props.by} title={props.title} />
  return <LookupTitleField {...(props as FieldProps & LookupProps)} />
}

function LookupTitleCell({ value, collection, by = 'code', title = 'name' }: { value: unknown } & LookupProps) {
  const text = useLookup(collection, by, title, value)
  return <span>{text ?? (typeof value === 'string' ? value : '')}</span>
}

function LookupTitleField({ field, path: pathFromProps, collection, by = 'code', title = 'name' }: FieldProps & LookupProps) {
  const { value, path } = useField<string>({ potentiallyStalePath: pathFromProps })
  const text = useLookup(collection, by, title, value)
  return <TextInput path={path} label={field.label as never} value={text === undefined ? '' : (text ?? value ?? '')} readOnly onChange={() => {}} />
}

/** A notification's link as something to click (打开稿件), not as an admin path. */
export function OpenLink({ field, path: pathFromProps }: FieldProps) {
  const { value } = useField<string>({ potentiallyStalePath: pathFromProps })
  const { i18n } = useTranslation()
  if (!value) return null
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base, 20px)' }}>
      <FieldLabel label={field.label as never} path={pathFromProps} />
      <a href={value} data-testid="notification-link">
        {i18n.language.startsWith('en') ? 'Open the item' : '打开相关稿件'}
      </a>
    </div>
  )
}
