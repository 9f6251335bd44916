import type { Access } from 'payload'

/** Public records (official documents, uploaded files) that a portal visitor may open. */
export const anyone: Access = () => true
