'use client'
/**
 * Points the code editor (Monaco) at the files this admin serves itself (/monaco-vs), instead
 * of the public CDN the editor uses by default: JSON fields then work on an intranet.
 */
import { loader } from '@monaco-editor/react'
import type { ReactNode } from 'react'

loader.config({ paths: { vs: '/monaco-vs' } })

export function LocalMonaco({ children }: { children?: ReactNode }) {
  return children
}
