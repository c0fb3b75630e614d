import { z } from 'astro/zod'

/** An uploaded image as the exporter writes it: the original and sharp's responsive variants. */
export const portalImageSchema = z.object({
  alt: z.string(),
  caption: z.string().nullable(),
  width: z.number(),
  height: z.number(),
  src: z.string(),
  variants: z.array(z.object({ src: z.string(), width: z.number(), height: z.number(), type: z.string() })),
})
