/**
 * How large a request body the admin server accepts on the endpoints anyone can reach without
 * signing in, checked on Content-Length before a byte of the body is read. Signed-in requests
 * (uploads) are left to Payload's own limits.
 */
export const KB = 1024

/** The 依申请公开 form: text fields only, the longest 2,000 characters (about 30 KB urlencoded). */
export const APPLICATION_BODY_LIMIT = 100 * KB

/** The 互动交流 留言 form as JSON or urlencoded: text only, the content at most 2,000 characters. */
export const MESSAGE_BODY_LIMIT = 64 * KB
/** The same form as multipart with up to three pictures of at most 5 MB each. */
export const MESSAGE_MULTIPART_LIMIT = 16 * 1024 * KB
/** 留言查询 and 评价: a code, four digits, a choice and a comment of at most 500 characters. */
export const LOOKUP_BODY_LIMIT = 16 * KB

const LIMITS: { path: RegExp; limit: number }[] = [
  { path: /^\/api\/disclosure\/applications\/?$/, limit: APPLICATION_BODY_LIMIT },
  // The server checks Content-Length before the type is known: the larger (multipart) limit here,
  // the endpoint itself holds JSON and urlencoded bodies to MESSAGE_BODY_LIMIT.
  { path: /^\/api\/interaction\/messages\/?$/, limit: MESSAGE_MULTIPART_LIMIT },
  { path: /^\/api\/interaction\/(lookup|rating)\/?$/, limit: LOOKUP_BODY_LIMIT },
  { path: /^\/api\/users\/(login|logout|refresh-token|forgot-password|reset-password|first-register|unlock|verify\/[^/]+)\/?$/, limit: 16 * KB },
  { path: /^\/api\/graphql\/?$/, limit: 256 * KB },
]

/** Any other API request without a session cookie or Authorization header. */
export const ANONYMOUS_API_LIMIT = 1024 * KB

/** The body limit of a request, or null when the server leaves it to Payload. */
export function publicBodyLimit(pathname: string, hasCredentials: boolean): number | null {
  const rule = LIMITS.find((r) => r.path.test(pathname))
  if (rule) return rule.limit
  return pathname.startsWith('/api/') && !hasCredentials ? ANONYMOUS_API_LIMIT : null
}

export const tooLargeMessage = (limit: number) =>
  `提交的内容过大（超过 ${limit >= 1024 * KB ? `${Math.round(limit / 1024 / KB)} MB` : `${Math.round(limit / KB)} KB`}），已拒绝接收。请精简内容后重新提交。`
export const lengthRequiredMessage = '请求须注明内容长度（Content-Length），已拒绝接收。'
