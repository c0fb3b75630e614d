/**
 * The files of a backup: copied as they are (symbolic links stay links), each listed in the
 * manifest with its size and SHA-256, so a restore can tell a damaged or altered backup from a
 * good one before it touches anything.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export type FileEntry =
  | { path: string; size: number; sha256: string }
  /** A symbolic link, kept as a link (the portal's `current` link to its release, for instance). */
  | { path: string; link: string }

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Uint8Array)
  return hash.digest('hex')
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

/**
 * Copies a directory tree: files, folders and symbolic links (as links). `skip` names paths
 * (relative to `from`, with '/') that are left out, folder and all. A file that disappears
 * while it is copied (a live database directory) is left out too.
 */
export async function copyTree(from: string, to: string, skip: (relative: string) => boolean = () => false): Promise<void> {
  const walk = async (relative: string) => {
    const source = path.join(from, relative)
    const target = path.join(to, relative)
    const stat = await fs.promises.lstat(source).catch((error) => (missing(error) ? null : Promise.reject(error)))
    if (!stat) return
    if (stat.isSymbolicLink()) {
      await fs.promises.symlink(await fs.promises.readlink(source), target)
    } else if (stat.isDirectory()) {
      await fs.promises.mkdir(target, { recursive: true, mode: stat.mode & 0o777 })
      for (const name of (await fs.promises.readdir(source)).sort()) {
        const child = relative ? `${relative}/${name}` : name
        if (!skip(child)) await walk(child)
      }
    } else if (stat.isFile()) {
      await fs.promises.copyFile(source, target).catch((error) => (missing(error) ? undefined : Promise.reject(error)))
      await fs.promises.chmod(target, stat.mode & 0o777).catch(() => undefined)
    }
  }
  await fs.promises.mkdir(to, { recursive: true })
  await walk('')
}

/** Every file and link under `root`, with paths relative to `prefix`, sorted. */
export async function listTree(root: string, prefix: string): Promise<FileEntry[]> {
  const entries: FileEntry[] = []
  const walk = async (relative: string) => {
    const full = path.join(root, relative)
    const stat = await fs.promises.lstat(full)
    const name = prefix && relative ? `${prefix}/${relative}` : prefix || relative
    if (stat.isSymbolicLink()) entries.push({ path: name, link: await fs.promises.readlink(full) })
    else if (stat.isDirectory()) {
      for (const child of (await fs.promises.readdir(full)).sort()) await walk(relative ? `${relative}/${child}` : child)
    } else if (stat.isFile()) entries.push({ path: name, size: stat.size, sha256: await sha256File(full) })
  }
  if (fs.existsSync(root)) await walk('')
  return entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * What is wrong with the files under `root` compared with the manifest's list: missing,
 * altered (size or SHA-256), a link pointing elsewhere, or a file the manifest does not name.
 * Empty when the backup is intact.
 */
export async function checkTree(root: string, expected: FileEntry[], ignore: string[]): Promise<string[]> {
  const problems: string[] = []
  const found = new Map((await listTree(root, '')).map((entry) => [entry.path, entry]))
  for (const entry of expected) {
    const actual = found.get(entry.path)
    found.delete(entry.path)
    if (!actual) problems.push(`${entry.path}：文件缺失`)
    else if ('link' in entry) {
      if (!('link' in actual) || actual.link !== entry.link) problems.push(`${entry.path}：链接被改动`)
    } else if (!('sha256' in actual)) problems.push(`${entry.path}：应为文件`)
    else if (actual.size !== entry.size) problems.push(`${entry.path}：大小不符（应为 ${entry.size} 字节，实为 ${actual.size} 字节）`)
    else if (actual.sha256 !== entry.sha256) problems.push(`${entry.path}：SHA-256 校验值不符`)
  }
  for (const extra of found.keys()) if (!ignore.includes(extra)) problems.push(`${extra}：清单中没有这个文件`)
  return problems
}

/** Whether a directory holds anything (a missing directory holds nothing). */
export function hasEntries(dir: string): boolean {
  try {
    return fs.readdirSync(dir).length > 0
  } catch {
    return false
  }
}

/** Removes everything inside a directory, keeping the directory itself (it may be a mount point). */
export async function emptyDirectory(dir: string): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true })
  for (const name of await fs.promises.readdir(dir)) await fs.promises.rm(path.join(dir, name), { recursive: true, force: true })
}
