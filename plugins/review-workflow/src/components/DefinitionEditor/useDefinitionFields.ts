'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { DefinitionFields } from '../../endpoints/definitionFields'

const catalogues = new Map<string, Promise<DefinitionFields>>()
const relations = new Map<string, Promise<{ value: string; label: string }[]>>()

/**
 * The fields a stage condition may test, per reviewed collection, by their labels in the admin's
 * language (GET /api/workflow/definition-fields, fetched once per page). Null while loading.
 */
export function useDefinitionFields(): DefinitionFields | null {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const url = `${config.serverURL ?? ''}${config.routes.api}/workflow/definition-fields`
  const key = `${url}|${i18n.language}`
  const [data, setData] = useState<DefinitionFields | null>(() => null)
  useEffect(() => {
    let live = true
    if (!catalogues.has(key)) {
      catalogues.set(
        key,
        fetch(url, { credentials: 'include' }).then((r) => (r.ok ? (r.json() as Promise<DefinitionFields>) : Promise.reject(new Error(String(r.status))))),
      )
    }
    catalogues
      .get(key)!
      .then((d) => live && setData(d))
      .catch(() => {
        catalogues.delete(key)
        if (live) setData({ collections: {}, roles: [] })
      })
    return () => {
      live = false
    }
  }, [key, url])
  return data
}

/** The documents of a collection by their titles (up to 500), for choosing a relationship value. */
export function useRelationOptions(relationTo: string | undefined): { value: string; label: string }[] | null {
  const { config, getEntityConfig } = useConfig()
  const [options, setOptions] = useState<{ value: string; label: string }[] | null>(null)
  const titleField = relationTo ? (getEntityConfig({ collectionSlug: relationTo })?.admin?.useAsTitle ?? 'id') : 'id'
  const url = relationTo
    ? `${config.serverURL ?? ''}${config.routes.api}/${relationTo}?limit=500&depth=0&sort=${encodeURIComponent(titleField)}&select[${encodeURIComponent(titleField)}]=true`
    : null
  useEffect(() => {
    let live = true
    if (!url) {
      setOptions(null)
      return
    }
    if (!relations.has(url)) {
      relations.set(
        url,
        fetch(url, { credentials: 'include' })
          .then((r) => (r.ok ? (r.json() as Promise<{ docs: Record<string, unknown>[] }>) : Promise.reject(new Error(String(r.status)))))
          .then(({ docs }) => docs.map((d) => ({ value: String(d.id), label: String(d[titleField] ?? d.id) }))),
      )
    }
    relations
      .get(url)!
      .then((o) => live && setOptions(o))
      .catch(() => {
        relations.delete(url)
        if (live) setOptions([])
      })
    return () => {
      live = false
    }
  }, [url, titleField])
  return options
}
