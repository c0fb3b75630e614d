import { APIError, type PayloadRequest, ValidationError } from 'payload'

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

type FieldProblem = { path: string; message: string }

/**
 * A validation error whose message itself says what is wrong. Payload marks the fields from the
 * error's details, but a production build of the admin may not recognise the error's class and
 * then sends only its message — which would otherwise just list the fields' names.
 */
export function fieldError(collection: string, errors: FieldProblem[], req?: PayloadRequest): ValidationError {
  const error = new ValidationError({ collection, errors }, req?.t)
  error.message = errors.map((e) => e.message).join('；')
  error.name = 'ValidationError'
  return error
}
