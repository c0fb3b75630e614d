import { z } from 'zod'

/**
 * An instant as the exporter writes it — an ISO 8601 string in JSON — and as the site reads it:
 * a Date. The input type is the string, so the exporter's types say what it writes.
 */
export const isoDate = () => z.string().pipe(z.coerce.date())
