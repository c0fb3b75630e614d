import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin is reached as localhost in development; Next 16 refuses HMR for other hosts otherwise.
  allowedDevOrigins: ['localhost', '127.0.0.1'],
  poweredByHeader: false,
  // The review-workflow plugin and the portal contract are consumed from their TypeScript source.
  transpilePackages: ['@gov/review-workflow', '@gov/portal-contract'],
  // The CMS serves the admin and the API only; the public portal is the static Astro site.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
