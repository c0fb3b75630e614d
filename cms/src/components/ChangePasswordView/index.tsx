import type { AdminViewServerProps } from 'payload'

import { MinimalTemplate } from '@payloadcms/next/templates'
import { redirect } from 'next/navigation'
import React from 'react'

import { mustChangePassword } from '../../auth/requirePasswordChange'
import { PASSWORD_MIN_LENGTH } from '../../lib/passwordPolicy'
import { ChangePasswordForm } from './index.client'

/**
 * /admin/change-password: an account changes its own password with its current one. An account
 * that must change its password (one-time password, password too old) is sent here and can do
 * nothing else until it has.
 */
export function ChangePasswordView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}/change-password`)}`)
  const forced = mustChangePassword(req.user as never)
  return (
    <MinimalTemplate>
      <h1>修改密码</h1>
      {forced ? (
        <p role="alert">您正在使用一次性密码，或密码已超过有效期。请先设置新密码，修改前不能进行其他操作。</p>
      ) : null}
      <p>
        新密码至少 {PASSWORD_MIN_LENGTH} 位，须包含大写字母、小写字母、数字、符号中的至少三类。修改后请使用新密码重新登录。
      </p>
      <ChangePasswordForm email={String(req.user!.email)} apiRoute={req.payload.config.routes.api} adminRoute={admin} forced={forced} />
    </MinimalTemplate>
  )
}

/**
 * Replaces Payload's 无权访问 page: an account that must change its password is sent to the
 * change-password page; an account without roles is told to ask the security administrator.
 */
export function AccountGateView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const admin = req.payload.config.routes.admin
  const user = req.user as { roles?: string[] | null; mustChangePassword?: boolean | null } | null
  if (user && mustChangePassword(user)) redirect(`${admin}/change-password`)
  const noRoles = Boolean(user) && !user!.roles?.length
  return (
    <MinimalTemplate>
      <h1>无权访问</h1>
      <p>{noRoles ? '您的账号尚未分配角色，暂不能使用管理后台。请联系安全管理员分配角色。' : '您没有访问此页面的权限。'}</p>
      <a className="btn btn--style-primary btn--size-large" href={`${admin}${req.payload.config.admin.routes.logout}`}>
        退出登录
      </a>
    </MinimalTemplate>
  )
}
