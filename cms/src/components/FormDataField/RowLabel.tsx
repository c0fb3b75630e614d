'use client'

import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

/** 第3项：接待对象（guests） in the form definition's item list. */
export function ItemRowLabel() {
  const { data, rowNumber } = useRowLabel<{ label?: string; key?: string; column?: number }>()
  const n = (rowNumber ?? 0) + 1
  return <span>{data?.label ? `第${n}项：${data.label}${data.key ? `（${data.key}）` : ''}` : `第${n}项`}</span>
}
