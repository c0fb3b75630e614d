import type { Access } from 'payload'

/** Refused to everyone over every API; the plugin writes through its own engine only. */
export const never: Access = () => false
