/**
 * Demo photos for 图片新闻: drawn with sharp from SVG (no stock photos to license), each with
 * a caption in Chinese, uploaded through Payload so its responsive sizes are made as for any upload.
 */
import sharp from 'sharp'

const PALETTES = [
  ['#2b6cb0', '#2f855a'],
  ['#9c4221', '#d69e2e'],
  ['#2c5282', '#553c9a'],
  ['#276749', '#2c7a7b'],
]

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function demoPhoto(caption: string, index: number): Promise<Buffer> {
  const [from, to] = PALETTES[index % PALETTES.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="1250" cy="260" r="150" fill="#ffffff" fill-opacity="0.18"/>
    <rect x="0" y="690" width="1600" height="210" fill="#000000" fill-opacity="0.35"/>
    <text x="80" y="815" font-size="72" fill="#ffffff" font-family="Noto Sans CJK SC, sans-serif">${escapeXml(caption.slice(0, 18))}</text>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
