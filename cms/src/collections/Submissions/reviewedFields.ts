/** Fields a leader's signature covers; the rest (status, receipts) is kept by the system. */
export const SUBMISSION_REVIEWED_FIELDS = [
  'title',
  'unit',
  'category',
  'type',
  'research',
  'urgency',
  'body',
  'attachments',
  'writer',
  'writerPhone',
  'commission',
]
