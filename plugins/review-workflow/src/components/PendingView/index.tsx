import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

import { userHasRole } from '../../access/hasRoleIn'
import { myPending } from '../../engine/state'
import type { SanitizedOptions } from '../../options'
import { PendingViewClient } from './index.client'

/** 我的待办: every run waiting for the signed-in user's signature, earliest deadline first. */
export async function PendingView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  const options = req.payload.config.custom.reviewWorkflow as SanitizedOptions
  const pending = await myPending(req, options, { limit: 200 })
  const notices = await req.payload.find({
    collection: options.slugs.notifications,
    where: { and: [{ recipient: { equals: req.user!.id } }, { read: { equals: false } }] },
    sort: '-createdAt',
    limit: 20,
    depth: 0,
    overrideAccess: true,
    req,
  })
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
        <PendingViewClient items={JSON.parse(JSON.stringify(pending.docs))} notices={JSON.parse(JSON.stringify(notices.docs))}
          registerUrl={userHasRole(req, options.userRolesField, options.registerReaderRoles) ? `${req.payload.config.routes.api}/workflow/register?format=xlsx` : undefined}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
