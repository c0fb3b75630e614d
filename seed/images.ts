/**
 * Demo photos for 图片新闻: landscapes drawn with sharp from SVG (no stock photos to license).
 * They carry no text: a caption burnt into a picture depends on the machine's fonts (□ boxes
 * without a CJK font) and says nothing a screen reader can read — the page shows the caption.
 */
import sharp from 'sharp'

const PALETTES = [
  { sky: ['#8ec5fc', '#e0f0ff'], hills: ['#4f9d69', '#2f6f4e'], sun: '#ffd36b' },
  { sky: ['#f6d365', '#fda085'], hills: ['#8a6d3b', '#5b4a2f'], sun: '#fff1c1' },
  { sky: ['#a1c4fd', '#c2e9fb'], hills: ['#3c7a89', '#2b5965'], sun: '#ffffff' },
  { sky: ['#d4fc79', '#96e6a1'], hills: ['#3f7d3a', '#255a2b'], sun: '#fff7ae' },
]

/** A hall with columns and steps, centred at x. */
function hall(x: number, ground: number): string {
  const columns = Array.from({ length: 6 }, (_, i) => `<rect x="${x - 250 + 40 + i * 80}" y="${ground - 260}" width="30" height="220" fill="#f4f1ea"/>`).join('')
  return `<g>
    <polygon points="${x - 290},${ground - 260} ${x},${ground - 380} ${x + 290},${ground - 260}" fill="#e9e3d5"/>
    <rect x="${x - 270}" y="${ground - 275}" width="540" height="20" fill="#d9d0bd"/>
    <rect x="${x - 250}" y="${ground - 260}" width="500" height="220" fill="#cfc6b2"/>
    ${columns}
    <rect x="${x - 300}" y="${ground - 40}" width="600" height="20" fill="#e2dccd"/>
    <rect x="${x - 320}" y="${ground - 20}" width="640" height="20" fill="#d6cfbf"/>
  </g>`
}

export async function demoPhoto(index: number): Promise<Buffer> {
  const p = PALETTES[index % PALETTES.length]
  const sunX = 300 + (index % 3) * 450
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
    <rect width="1600" height="900" fill="url(#sky)"/>
    <circle cx="${sunX}" cy="200" r="90" fill="${p.sun}" fill-opacity="0.9"/>
    <path d="M0 640 Q 300 480 600 600 T 1200 560 T 1600 600 V 900 H 0 Z" fill="${p.hills[0]}"/>
    ${index % 2 === 0 ? hall(1050, 760) : ''}
    <path d="M0 760 Q 400 680 800 740 T 1600 720 V 900 H 0 Z" fill="${p.hills[1]}"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
}
