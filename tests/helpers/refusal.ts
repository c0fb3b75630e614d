/**
 * Awaits an operation that must be refused and returns the messages it gave: the field
 * messages of a validation error, or the error's own message.
 */
export async function refusal(operation: Promise<unknown>): Promise<string[]> {
  try {
    await operation
  } catch (error) {
    const fieldErrors = (error as { data?: { errors?: { message: string }[] } }).data?.errors
    return fieldErrors?.length ? fieldErrors.map((e) => e.message) : [(error as Error).message]
  }
  throw new Error('expected the operation to be refused, but it succeeded')
}
