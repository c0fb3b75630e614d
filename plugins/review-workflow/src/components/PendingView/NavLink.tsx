import type { ServerProps } from 'payload'

import React from 'react'

/** A link to 我的待办 in the admin navigation. */
export function PendingNavLink({ i18n, payload }: ServerProps) {
  const label = i18n?.language === 'zh' ? '我的待办' : 'My pending reviews'
  return (
    <a className="nav__link" href={`${payload?.config.routes.admin ?? '/admin'}/workflow/pending`} data-testid="pending-nav-link">
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
