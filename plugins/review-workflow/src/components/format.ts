/** 2026年11月26日 14:30, China time. */
export function formatTime(value: string | null | undefined, language = 'zh'): string {
  if (!value) return ''
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(value))
}

/** Reads a Payload REST error body into one message. */
export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message: string }[]; message?: string }
    return body.errors?.map((e) => e.message).join('；') || body.message || `HTTP ${response.status}`
  } catch {
    return `HTTP ${response.status}`
  }
}
