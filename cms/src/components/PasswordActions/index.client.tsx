'use client'

import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

/**
 * Sidebar of an account: 修改密码 for the account itself; 重置密码 (a one-time password shown
 * once) for the security administrator; 生成初始密码 for the system administrator on a new
 * account that has no roles yet. Nobody types a password for someone else.
 */
export function PasswordActionsClient() {
  const { user } = useAuth()
  const { id, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [result, setResult] = useState<{ ok: boolean; text: string; password?: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id || !user) return null
  const admin = config.routes.admin
  if (String(user.id) === String(id)) {
    return (
      <p>
        <a href={`${admin}/change-password`}>修改密码</a>（须输入当前密码）
      </p>
    )
  }
  const roles = (user as { roles?: string[] }).roles ?? []
  const target = (savedDocumentData ?? {}) as { roles?: string[] | null; mustChangePassword?: boolean | null }
  const isNewAccount = !target.roles?.length && Boolean(target.mustChangePassword)
  const label = roles.includes('secAdmin') ? '重置密码（生成一次性密码）' : roles.includes('sysAdmin') && isNewAccount ? '生成初始密码' : null
  if (!label) return null
  const issue = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/users/${id}/one-time-password`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; oneTimePassword?: string; errors?: { message: string }[] }
      setResult(
        response.ok
          ? { ok: true, text: body.message ?? '', password: body.oneTimePassword }
          : { ok: false, text: body.errors?.[0]?.message ?? '操作失败。' },
      )
    } finally {
      setBusy(false)
    }
  }
  return (
    <div style={{ marginBottom: '1rem' }}>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={issue}>
        {label}
      </Button>
      {result ? (
        <div role={result.ok ? 'status' : 'alert'}>
          <p>{result.text}</p>
          {result.password ? (
            <p>
              一次性密码：<code data-testid="one-time-password">{result.password}</code>
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
