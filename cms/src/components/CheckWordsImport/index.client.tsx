'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Result = { added: number; existing: number; errors: { line: number; message: string }[] }

const LISTS = [
  { value: 'sensitive', label: '敏感词' },
  { value: 'typo', label: '易错词（每行“错词 正词”）' },
  { value: 'removed', label: '落马官员' },
]

/** 导入: a text file (UTF-8 or GBK, one entry per line) into one of the lists. */
export function CheckWordsImportClient() {
  const { config } = useConfig()
  const router = useRouter()
  const [list, setList] = useState('sensitive')
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<Result | null>(null)

  const upload = async () => {
    if (!file) return
    setBusy(true)
    try {
      const form = new FormData()
      form.set('list', list)
      form.set('file', file)
      const response = await fetch(`${config.routes.api}/check-words/import`, { method: 'POST', credentials: 'include', body: form })
      const body = (await response.json().catch(() => ({}))) as Partial<Result> & { errors?: { message: string; line?: number }[] }
      if (!response.ok && body.added === undefined) throw new Error(body.errors?.[0]?.message ?? '导入失败。')
      setResult(body as Result)
      toast.success(`已导入：新增 ${body.added} 条，已存在 ${body.existing} 条。`)
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <details className="check-words-import" style={{ margin: '0 0 16px', padding: '8px 12px', border: '1px solid var(--theme-elevation-150)' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>从文本文件导入</summary>
      <p>每行一个词，可在词后加空格和说明；易错词每行写“错词 正词”。以 # 开头的行不导入。支持 UTF-8 和 GBK 编码，单个文件不超过 2 MB；已有的词保持不变。</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <label>
          词库{' '}
          <select value={list} onChange={(e) => setList(e.target.value)}>
            {LISTS.map((l) => (
              <option key={l.value} value={l.value}>{l.label}</option>
            ))}
          </select>
        </label>
        <label>
          文件 <input type="file" accept=".txt,text/plain" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <Button buttonStyle="primary" size="small" disabled={busy || !file} onClick={upload}>
          {busy ? '正在导入…' : '导入'}
        </Button>
      </div>
      {result && (
        <div role="status">
          <p>新增 {result.added} 条，已存在 {result.existing} 条{result.errors.length ? `，有误 ${result.errors.length} 行（未导入）：` : '。'}</p>
          {result.errors.length > 0 && (
            <ul>
              {result.errors.slice(0, 20).map((e) => (
                <li key={e.line}>第 {e.line} 行：{e.message}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </details>
  )
}
