/**
 * Serves the live portal (the link the publisher swaps) on PORTAL_PORT. Files are read on
 * every request, so a new release is visible as soon as it is activated.
 */
import http from 'node:http'

import sirv from 'sirv'

import { portalPaths } from '../cms/src/publishing/paths'

const port = Number(process.env.PORTAL_PORT ?? 4321)
const { live } = portalPaths()
const serve = sirv(live, { dev: true, extensions: ['html'] })

http
  .createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      serve(Object.assign(req, { url: '/404.html' }), res, () => {
        res.end('404')
      })
    }),
  )
  .listen(port, 'localhost', () => console.log(`门户网站 http://localhost:${port}（${live}）`))
