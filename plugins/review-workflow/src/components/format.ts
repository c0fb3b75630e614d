export { formatDateTime as formatTime } from '../reviewForm/format'

const failed = (status: number) => `请求未成功（HTTP ${status}），请稍后重试或联系系统管理员。`

/** Reads a Payload REST error body into one message. */
export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message: string }[]; message?: string }
    return body.errors?.map((e) => e.message).join('；') || body.message || failed(response.status)
  } catch {
    return failed(response.status)
  }
}
