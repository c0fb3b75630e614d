/**
 * An S3-compatible server for tests: @20minutes/s3rver (a maintained fork of s3rver) in this
 * process, on a free port of 127.0.0.1, keeping its objects in a temporary folder. Its one
 * account is S3RVER / S3RVER. It checks signatures; bucket-level GETs (listing) fail their
 * signature check with current AWS SDKs, so tests look objects up one by one.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

type S3rverOptions = { address: string; port: number; silent: boolean; directory: string; configureBuckets: { name: string }[] }
type S3rverInstance = { run: () => Promise<{ port: number }>; close: () => Promise<void> }

const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as new (options: S3rverOptions) => S3rverInstance

export type TestS3 = {
  endpoint: string
  bucket: string
  /** The variables the CMS reads (cms/src/lib/mediaStorage.ts). */
  env: Record<string, string>
  stop: () => Promise<void>
}

export async function startS3(bucket = 'gov-media', prefix = ''): Promise<TestS3> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'gov-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const endpoint = `http://127.0.0.1:${port}`
  return {
    endpoint,
    bucket,
    env: {
      S3_ENDPOINT: endpoint,
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: 'true',
      ...(prefix ? { S3_PREFIX: prefix } : {}),
    },
    stop: async () => {
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
