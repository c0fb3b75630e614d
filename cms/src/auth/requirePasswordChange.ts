import type { CollectionBeforeOperationHook, Config, Endpoint, GlobalBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

export const MUST_CHANGE_PASSWORD_MESSAGE = '请先修改密码：您的密码是一次性密码或已超过有效期，修改密码前不能进行其他操作。'

/** Marks an endpoint an account that must change its password may still call (custom.allowPendingPasswordChange). */
export const ALLOW_PENDING_PASSWORD_CHANGE = 'allowPendingPasswordChange'

type MaybeUser = { mustChangePassword?: boolean | null } | null | undefined

export const mustChangePassword = (user: MaybeUser): boolean => Boolean(user?.mustChangePassword)

// Named explicitly: production bundles leave class names empty and Payload would then answer
// "An unknown error occurred." instead of the message.
const refusal = () => Object.assign(new APIError(MUST_CHANGE_PASSWORD_MESSAGE, 403, { mustChangePassword: true }, true), { name: 'MustChangePassword' })

/**
 * Server code acting on its own authority (overrideAccess), and the population of relationships
 * inside an operation that was allowed (the dataloader's finds carry a currentDepth).
 */
function onOwnAuthority(args: unknown): boolean {
  const { overrideAccess, currentDepth } = args as { overrideAccess?: boolean; currentDepth?: number }
  return Boolean(overrideAccess) || (typeof currentDepth === 'number' && currentDepth > 0)
}

/** What an account that must change its password can still do on its own collection. */
const OWN_AUTH_OPERATIONS = new Set(['login', 'refresh', 'forgotPassword', 'resetPassword'])

/**
 * Until an account has changed its one-time or expired password it can do nothing else: every
 * operation on behalf of the user (REST, GraphQL, the admin's Local API calls, which run with
 * overrideAccess false) and every custom endpoint is refused with a Chinese 403. Server code
 * acting on its own authority (overrideAccess) is not affected, nor are sign-in, sign-out,
 * token refresh and the change-password endpoint.
 */
export const requirePasswordChange =
  () =>
  (config: Config): Config => {
    const guardCollection: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
      if (!mustChangePassword(req.user as MaybeUser) || onOwnAuthority(args)) return args
      if (collection.slug === req.user?.collection) {
        if (OWN_AUTH_OPERATIONS.has(operation)) return args
        // Its own account (GET /api/users/me and the like).
        if (operation === 'read' && String((args as { id?: unknown }).id) === String(req.user.id)) return args
      }
      throw refusal()
    }
    const guardGlobal: GlobalBeforeOperationHook = ({ args, req }) => {
      if (!mustChangePassword(req.user as MaybeUser) || onOwnAuthority(args)) return args
      throw refusal()
    }
    const guardEndpoint = (endpoint: Endpoint): Endpoint =>
      endpoint.custom?.[ALLOW_PENDING_PASSWORD_CHANGE]
        ? endpoint
        : {
            ...endpoint,
            handler: async (req: PayloadRequest) => {
              if (mustChangePassword(req.user as MaybeUser)) throw refusal()
              return endpoint.handler(req)
            },
          }
    return {
      ...config,
      endpoints: (config.endpoints ?? []).map(guardEndpoint),
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        endpoints: Array.isArray(collection.endpoints) ? collection.endpoints.map(guardEndpoint) : collection.endpoints,
        hooks: { ...collection.hooks, beforeOperation: [guardCollection, ...(collection.hooks?.beforeOperation ?? [])] },
      })),
      globals: (config.globals ?? []).map((global) => ({
        ...global,
        endpoints: Array.isArray(global.endpoints) ? global.endpoints.map(guardEndpoint) : global.endpoints,
        hooks: { ...global.hooks, beforeOperation: [guardGlobal, ...(global.hooks?.beforeOperation ?? [])] },
      })),
    }
  }
