import type { Endpoint } from 'payload'

import { preflightEndpoint } from '../../lib/publicForm'
import { LOOKUP_PATH, lookupEndpoint, RATING_PATH, ratingEndpoint } from './lookupEndpoints'
import { MESSAGES_PATH, submitMessageEndpoint } from './messageEndpoint'

export { resetInteractionAttempts } from './limits'

/**
 * The public endpoints of 互动交流 the static portal calls (留言, 查询, 评价), each with the CORS
 * preflight a JSON post from the portal's origin needs. See docs in each endpoint's file.
 */
export const publicInteractionEndpoints: Endpoint[] = [
  submitMessageEndpoint,
  lookupEndpoint,
  ratingEndpoint,
  preflightEndpoint(MESSAGES_PATH),
  preflightEndpoint(LOOKUP_PATH),
  preflightEndpoint(RATING_PATH),
]
