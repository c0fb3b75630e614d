import { z } from 'zod'

/** An uploaded image as the exporter writes it: the original and sharp's responsive variants (smallest first), each under `/media/`. */
export const portalImageSchema = z.object({
  alt: z.string(),
  caption: z.string().nullable(),
  width: z.number(),
  height: z.number(),
  src: z.string(),
  variants: z.array(z.object({ src: z.string(), width: z.number(), height: z.number(), type: z.string() })),
})

export type PortalImage = z.output<typeof portalImageSchema>
export type PortalImageJson = z.input<typeof portalImageSchema>
