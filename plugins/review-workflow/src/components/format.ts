export { formatDateTime as formatTime } from '../reviewForm/format'

/** Reads a Payload REST error body into one message. */
export async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message: string }[]; message?: string }
    return body.errors?.map((e) => e.message).join('；') || body.message || `HTTP ${response.status}`
  } catch {
    return `HTTP ${response.status}`
  }
}
