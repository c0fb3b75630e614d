import type { Endpoint } from 'payload'


import { hasRole } from '../../lib/roles'
import { issueOneTimePassword } from '../oneTimePassword'
import { userError } from '../../lib/userErrors'

/**
 * POST /api/users/:id/one-time-password: gives the account a random one-time password, shown
 * once in the answer, and unlocks it; the account must change it at its next login.
 * The security administrator resets any account but their own. The system administrator may
 * only issue the initial password of an account it created that has no roles yet and has not
 * set a password of its own.
 */
export const issueOneTimePasswordEndpoint: Endpoint = {
  path: '/:id/one-time-password',
  method: 'post',
  handler: async (req) => {
    const actor = req.user
    const id = Number(req.routeParams?.id)
    if (!actor) throw userError('请先登录。', 401)
    const target = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!target) throw userError('找不到该账号。', 404)
    const isNewAccount = !target.roles?.length && Boolean(target.mustChangePassword)
    const allowed =
      String(actor.id) !== String(target.id) && (hasRole(actor, 'secAdmin') || (hasRole(actor, 'sysAdmin') && isNewAccount))
    if (!allowed) {
      throw userError(
        String(actor.id) === String(target.id)
          ? '不能为自己重置密码，请使用“修改密码”。'
          : '只有安全管理员可以重置密码（系统管理员只能为尚未分配角色的新账号生成初始密码）。',
        403,
      )
    }
    const oneTimePassword = await issueOneTimePassword(req.payload, id, req)
    return Response.json({
      message: `已为 ${target.email} 生成一次性密码（只显示这一次）。该账号登录后须立即修改密码。`,
      oneTimePassword,
    })
  },
}
