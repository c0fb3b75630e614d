/**
 * `npm run restore -- <备份目录或 .tar.gz> [--force]`: checks every file of the backup against
 * its manifest, then restores the database (DATABASE_URL, or the embedded server, which must
 * not be running), the uploaded files and the portal's releases. Refuses a damaged backup, and
 * refuses to overwrite a database or folder holding data unless `--force`. See docs/backup.md.
 */
import { restoreBackup } from './lib/backup'

async function main() {
  const args = process.argv.slice(2)
  const source = args.find((arg) => !arg.startsWith('--'))
  if (!source) {
    console.error('用法：npm run restore -- <备份目录或 .tar.gz 文件> [--force]')
    process.exit(2)
  }
  try {
    const manifest = await restoreBackup(source, { force: args.includes('--force'), log: console.log })
    const articles = manifest.database.tables['public.articles']
    console.log(
      `恢复完成：${manifest.createdAt} 的备份（${manifest.database.server}，${manifest.database.migrations.length} 个迁移${articles === undefined ? '' : `，${articles} 篇文章`}，${manifest.files.length} 个文件）。`,
    )
    console.log('启动系统（npm start 或 npm run migrate 后启动管理后台）时会应用本版本新增的迁移。')
    process.exit(0)
  } catch (error) {
    console.error(`恢复失败：${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}

main()
