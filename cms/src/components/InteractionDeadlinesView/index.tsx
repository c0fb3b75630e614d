import type { AdminViewServerProps, ServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { messageDeadlines } from '../../interaction/office/deadlineLists'
import { messageScopeOf, type ScopeUser } from '../../interaction/office/scope'
import { InteractionDeadlinesClient } from './index.client'

import { DEADLINES_PATH } from '../../interaction/office/paths'

/** 互动交流期限: overdue, due-soon and 30/60/80-day lists, for the office (all units) and a unit's staff (their unit). */
export async function InteractionDeadlinesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login`)
  const scope = messageScopeOf(req.user as ScopeUser)
  // The lists name the citizens: reading them is recorded on the audit chain.
  const lists = scope ? await messageDeadlines(req, scope) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>互动交流期限</h1>
        {!lists ? (
          <p>只有互动交流管理员和承办单位的工作人员可以查看留言办理期限。</p>
        ) : (
          <InteractionDeadlinesClient lists={JSON.parse(JSON.stringify(lists))} adminRoute={admin} />
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

/** Navigation link to the view, for those who handle messages (no query per render). */
export function InteractionDeadlinesNavLink({ payload, user }: ServerProps) {
  if (!messageScopeOf(user as ScopeUser)) return null
  return (
    <a className="nav__link" href={`${payload?.config.routes.admin ?? '/admin'}${DEADLINES_PATH}`}>
      <span className="nav__link-label">互动交流期限</span>
    </a>
  )
}
