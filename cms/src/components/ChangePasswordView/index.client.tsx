'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

type Props = { email: string; apiRoute: string; adminRoute: string; forced: boolean }

export function ChangePasswordForm({ email, apiRoute, adminRoute, forced }: Props) {
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const currentPassword = String(form.get('currentPassword') ?? '')
    const newPassword = String(form.get('newPassword') ?? '')
    if (newPassword !== String(form.get('confirmPassword') ?? '')) {
      setError('两次输入的新密码不一致。')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`${apiRoute}/users/change-password`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ currentPassword, newPassword }),
      })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string; data?: { errors?: { message: string }[] } }[] }
      if (!response.ok) {
        const messages = body.errors?.flatMap((e) => e.data?.errors?.map((f) => f.message) ?? [e.message]) ?? []
        throw new Error(messages.join('；') || '修改密码失败。')
      }
      setDone(body.message ?? '密码已修改。')
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (done) {
    return (
      <div>
        <p role="status" data-testid="password-changed">
          {done}
        </p>
        <a className="btn btn--style-primary btn--size-large" href={`${adminRoute}/login`}>
          重新登录
        </a>
      </div>
    )
  }
  return (
    <form onSubmit={submit} style={{ display: 'grid', gap: '1rem', maxWidth: '28rem' }}>
      <p>账号：{email}</p>
      <label>
        {forced ? '一次性密码或当前密码' : '当前密码'}
        <input className="field-type" name="currentPassword" type="password" autoComplete="current-password" required />
      </label>
      <label>
        新密码
        <input name="newPassword" type="password" autoComplete="new-password" required />
      </label>
      <label>
        确认新密码
        <input name="confirmPassword" type="password" autoComplete="new-password" required />
      </label>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
      <Button type="submit" disabled={busy}>
        {busy ? '正在提交…' : '修改密码'}
      </Button>
      {forced ? null : <a href={adminRoute}>返回</a>}
    </form>
  )
}
