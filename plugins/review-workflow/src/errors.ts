import { APIError } from 'payload'

/**
 * A refusal the user is meant to read. Payload names errors after their class, and production
 * bundles of the admin leave class names empty, so the API would answer "An unknown error
 * occurred." instead of the message: the name is set explicitly.
 */
export function userError(message: string, status = 400): APIError<null> {
  const error = new APIError<null>(message, status, null, true)
  error.name = 'ReviewWorkflowError'
  return error
}
