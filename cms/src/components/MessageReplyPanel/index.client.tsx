'use client'

import React, { useState } from 'react'

/** Creates the reply draft for the message and opens it. */
export function DraftReplyButton({ messageId, api, admin }: { messageId: string; api: string; admin: string }) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function start() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${api}/message-replies?draft=true`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ message: Number(messageId), _status: 'draft' }),
      })
      const body = await response.json()
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? '未能起草答复。')
      window.location.href = `${admin}/collections/message-replies/${body.doc.id}`
    } catch (e) {
      setError((e as Error).message)
      setBusy(false)
    }
  }
  return (
    <div>
      <button type="button" className="btn btn--style-primary btn--size-small" onClick={start} disabled={busy}>
        {busy ? '正在起草…' : '起草答复'}
      </button>
      {error ? <p role="alert" style={{ color: 'var(--theme-error-600)' }}>{error}</p> : null}
    </div>
  )
}
