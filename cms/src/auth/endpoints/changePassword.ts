import type { Endpoint } from 'payload'


import { ALLOW_PENDING_PASSWORD_CHANGE } from '../requirePasswordChange'
import { userError } from '../../lib/userErrors'

/**
 * POST /api/users/change-password { currentPassword, newPassword }: the signed-in account changes
 * its own password (the only thing an account that must change its password may do). The
 * sessions end; the account signs in again with the new password.
 */
export const changePasswordEndpoint: Endpoint = {
  path: '/change-password',
  method: 'post',
  custom: { [ALLOW_PENDING_PASSWORD_CHANGE]: true },
  handler: async (req) => {
    if (!req.user) throw userError('请先登录。', 401)
    const text = req.text ? await req.text() : ''
    type Body = { currentPassword?: unknown; newPassword?: unknown } | null
    let body: Body = null
    try {
      body = text.trim() ? (JSON.parse(text) as Body) : null
    } catch {
      throw userError('请求内容不是有效的 JSON，请检查后重试。', 400)
    }
    const currentPassword = typeof body?.currentPassword === 'string' ? body.currentPassword : ''
    const newPassword = typeof body?.newPassword === 'string' ? body.newPassword : ''
    if (!newPassword) throw userError('请输入新密码。', 400)
    try {
      await req.payload.update({
        collection: 'users',
        id: req.user.id,
        data: { password: newPassword, currentPassword } as never,
        overrideAccess: true,
        req,
      })
    } catch (error) {
      // The field messages (policy, wrong current password) as the message itself: a production
      // build's error formatter may not recognise the validation error and drop its details.
      const fieldMessages = (error as { data?: { errors?: { message: string }[] } }).data?.errors?.map((e) => e.message)
      if (fieldMessages?.length) throw userError(fieldMessages.join('；'), 400)
      throw error
    }
    return Response.json({ message: '密码已修改，请使用新密码重新登录。' })
  },
}
