import { APIError, type PayloadRequest, ValidationError } from 'payload'

/**
 * A refusal the user is meant to read, with its HTTP status. Payload names errors after their
 * class, and production bundles of the admin leave class names empty, so the API would answer
 * "An unknown error occurred." instead of the message: the name is set explicitly.
 */
export function userError(message: string, status = 400): APIError<null> {
  const error = new APIError<null>(message, status, null, true)
  error.name = 'UserError'
  return error
}

type FieldProblem = { path: string; message: string }

/**
 * A validation error whose message itself says what is wrong (Payload marks the fields from its
 * details; a production admin that does not recognise the class shows only the message).
 */
export function fieldError(collection: string, errors: FieldProblem[], req?: PayloadRequest): ValidationError {
  const error = new ValidationError({ collection, errors }, req?.t)
  error.message = errors.map((e) => e.message).join('；')
  error.name = 'ValidationError'
  return error
}
