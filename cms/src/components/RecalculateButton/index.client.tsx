'use client'

import { Button, toast, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** 重新计算: regenerates the report's computed tables from the data, as a new draft. */
export function RecalculateButtonClient() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return <p>保存草稿后可按系统数据重新计算表二、表三。</p>
  const run = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/annual-reports/${id}/recalculate`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { message?: string; errors?: { message: string }[] }
      if (!response.ok) throw new Error(body.errors?.[0]?.message ?? '重新计算失败。')
      toast.success(body.message ?? '已重新计算。')
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button buttonStyle="secondary" size="small" disabled={busy} onClick={run}>
      {busy ? '正在计算…' : '重新计算（按系统数据生成表二、表三）'}
    </Button>
  )
}
