/** Where a database's files live outside it: uploads, private attachments and audit checkpoints. */
import path from 'node:path'

export const FILE_DIR_VARIABLES = ['MEDIA_DIR', 'SUBMISSION_FILES_DIR', 'MESSAGE_FILES_DIR', 'AUDIT_ANCHOR_DIR'] as const

export function seededFileDirs(root: string): Record<(typeof FILE_DIR_VARIABLES)[number], string> {
  return Object.fromEntries(FILE_DIR_VARIABLES.map((name) => [name, path.join(root, name)])) as Record<(typeof FILE_DIR_VARIABLES)[number], string>
}
