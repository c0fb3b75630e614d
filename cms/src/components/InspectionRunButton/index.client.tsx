'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** 立即自查: runs the self-inspection now and opens its report. */
export function InspectionRunButtonClient() {
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const run = async () => {
    setBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/inspection-reports/run`, { method: 'POST', credentials: 'include' })
      const body = (await response.json().catch(() => ({}))) as { id?: number; vetoes?: number; errors?: { message: string }[] }
      if (!response.ok || body.id === undefined) throw new Error(body.errors?.[0]?.message ?? '自查失败。')
      toast.success(`自查完成：单项否决 ${body.vetoes} 项。`)
      router.push(`${config.routes.admin}/collections/inspection-reports/${body.id}`)
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div style={{ margin: '0 0 16px' }}>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={run}>
        {busy ? '正在自查（检查全站链接可能需要几分钟）…' : '立即自查'}
      </Button>
    </div>
  )
}
