import type { TextMatch } from './types'

/**
 * 涉密标志: a 密级 with its star (秘密★, 机密★一年), the words 绝密 and 机密 on their own, and
 * internal-only markings. 国家机密 and 商业机密 are legal terms that public texts use (保守国家
 * 机密), and 秘密 alone is far too common (国家秘密), so those are not marks.
 */
const MARKS: { pattern: RegExp; message: string }[] = [
  { pattern: /(?:绝密|机密|秘密)\s*[★☆*＊]/g, message: '含密级标志，涉密信息不得上网发布。' },
  { pattern: /(?<!国家|商业)(?:绝密|机密)(?!\s*[★☆*＊])/g, message: '含密级词语，请确认不涉密后删除或改写。' },
  { pattern: /内部资料|内部文件|内部刊物|内部材料|内部传阅|不宜公开|注意保密/g, message: '含内部资料标志，不得上网发布。' },
]

export function findClassifiedMarks(text: string): TextMatch[] {
  const found: TextMatch[] = []
  for (const { pattern, message } of MARKS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ start: match.index!, end: match.index! + match[0].length, kind: 'classified', message })
    }
  }
  return found
}
