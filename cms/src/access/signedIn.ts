import type { Access } from 'payload'

/** Any signed-in user; what they may then do is for the collection's hooks to narrow. */
export const signedIn: Access = ({ req }) => Boolean(req.user)
