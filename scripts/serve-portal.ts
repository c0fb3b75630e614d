/**
 * Serves the live portal (the link the publisher swaps) on PORTAL_PORT. Files are read on
 * every request, so a new release is visible as soon as it is activated.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import sirv from 'sirv'

import { portalPaths } from '../cms/src/publishing/paths'

const port = Number(process.env.PORTAL_PORT ?? 4321)
const { live } = portalPaths()
const serve = sirv(live, { dev: true, extensions: ['html'] })

/** The portal's own 404 page, with the 404 status (sirv would send it as 200). */
function notFound(res: http.ServerResponse) {
  res.statusCode = 404
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  fs.readFile(path.join(live, '404.html'), (error, page) => res.end(error ? '404' : page))
}

http
  .createServer((req, res) => serve(req, res, () => notFound(res)))
  .listen(port, 'localhost', () => console.log(`门户网站 http://localhost:${port}（${live}）`))
