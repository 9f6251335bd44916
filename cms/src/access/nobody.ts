import type { Access } from 'payload'

/** No API caller, admins included; Payload's own trusted calls pass (they override access). */
export const nobody: Access = () => false
