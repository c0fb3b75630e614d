/**
 * `npm run backup [-- --dir 目录] [--keep N] [--archive]`: backs up the database (DATABASE_URL,
 * or the embedded server, started for the time of the backup when it is not running), the
 * uploaded files and the portal's releases into one directory under `--dir` (BACKUP_DIR,
 * default .data/backups), or one .tar.gz with `--archive`. `--keep N` (BACKUP_KEEP) then keeps
 * the newest N backups there. Prints the backup's path last. See docs/backup.md.
 */
import path from 'node:path'

import { createBackup } from './lib/backup'
import { ROOT } from './lib/paths'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at === -1 ? undefined : process.argv[at + 1]
}

async function main() {
  const dir = path.resolve(option('dir') ?? process.env.BACKUP_DIR ?? path.join(ROOT, '.data', 'backups'))
  const keepText = option('keep') ?? process.env.BACKUP_KEEP
  const keep = keepText === undefined ? undefined : Number(keepText)
  if (keep !== undefined && !(Number.isInteger(keep) && keep > 0)) {
    console.error(`--keep 应为正整数，收到“${keepText}”。用法：npm run backup -- [--dir 目录] [--keep 保留份数] [--archive]`)
    process.exit(2)
  }
  try {
    const started = Date.now()
    const result = await createBackup({ dir, keep, archive: process.argv.includes('--archive'), log: console.log })
    console.log(`备份完成（${((Date.now() - started) / 1000).toFixed(1)} 秒）：`)
    console.log(result)
    process.exit(0)
  } catch (error) {
    console.error(`备份失败：${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

main()
