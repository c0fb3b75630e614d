import { describe, expect, it } from 'vitest'

import { fieldError, userError } from './errors'

describe('errors meant for the user', () => {
  it('a field error says what is wrong in its message, not only in its details', () => {
    const error = fieldError('users', [{ path: 'password', message: '密码不符合安全策略：长度至少 10 位' }, { path: 'email', message: '邮箱格式不正确' }])
    expect(error.message).toBe('密码不符合安全策略：长度至少 10 位；邮箱格式不正确')
    expect(error.status).toBe(400)
    expect((error.data as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['password', 'email'])
  })

  it('both carry a name, which Payload needs to send the message from a production build', () => {
    expect(fieldError('users', [{ path: 'password', message: 'x' }]).name).toBe('ValidationError')
    expect(userError('请先登录。', 401).name).toBe('ReviewWorkflowError')
  })
})
