import {
  type Interaction,
  interactionSchema,
  type MailboxLeader,
  type MessageType,
  type PublishedReply,
  SNAPSHOT_FILES,
  type StatsPeriod,
  type StatsRow,
} from '@gov/portal-contract'

import { snapshotFile } from './snapshot'

export type { Interaction, MailboxLeader, MessageType, PublishedReply, StatsPeriod, StatsRow }

/**
 * The 互动交流 part of the snapshot (`interaction.json`, written by the CMS's exportInteraction,
 * schema in the contract): the message types and 领导信箱 leaders the forms offer, the published
 * replies (答复) and the monthly figures, and the CMS addresses the pages post to. Nothing in it
 * names a citizen: the replies carry the question as the office cleared it for publication.
 */

/** Replies newest answer first (the newest id first on the same day). */
export const loadInteraction = snapshotFile(SNAPSHOT_FILES.interaction, interactionSchema, {
  prepare: (data): Interaction => ({
    ...data,
    replies: data.replies.sort((a, b) => b.repliedAt.getTime() - a.repliedAt.getTime() || Number(b.id) - Number(a.id)),
  }),
})
