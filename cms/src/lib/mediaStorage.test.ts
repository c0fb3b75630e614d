import { describe, expect, it } from 'vitest'

import { mediaObjectKey, s3MediaSettings } from './mediaStorage'

describe('s3MediaSettings', () => {
  it('keeps media on the disk without S3_BUCKET', () => {
    expect(s3MediaSettings({})).toBeNull()
  })

  it('refuses S3 settings without a bucket, and a key id without its secret', () => {
    expect(() => s3MediaSettings({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET/)
    expect(() => s3MediaSettings({ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'id' })).toThrow(/S3_SECRET_ACCESS_KEY/)
  })

  it('reads the bucket, endpoint, path style and prefix', () => {
    const settings = s3MediaSettings({
      S3_BUCKET: 'gov-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: '/portal/media/',
      S3_ACCESS_KEY_ID: 'id',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    expect(settings).toEqual({
      bucket: 'gov-media',
      endpoint: 'http://127.0.0.1:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      prefix: 'portal/media',
      credentials: { accessKeyId: 'id', secretAccessKey: 'secret' },
    })
    expect(mediaObjectKey(settings!, 'photo.webp')).toBe('portal/media/photo.webp')
    expect(mediaObjectKey(settings!, '../photo.webp', 'other')).toBe('other/photo.webp')
    expect(mediaObjectKey({ ...settings!, prefix: '' }, 'photo.webp')).toBe('photo.webp')
  })
})
