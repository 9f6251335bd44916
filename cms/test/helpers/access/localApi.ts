// The Local API with the caller's access (`overrideAccess: false`), for collections no route and
// no GraphQL field reaches (Payload's migrations): what any future route would get.
import type { CollectionSlug, SanitizedConfig } from 'payload'

import type { Attempt, Channel, Observation } from './channel'
import { messageOf, statusOf } from './channel'
import { userOf } from './context'

const OPERATIONS = new Set(['read', 'create', 'update', 'delete'])

export const localApiChannel = (config: SanitizedConfig): Channel => {
  const unreachable = new Set(
    config.collections
      .filter((collection) => !collection.endpoints && collection.graphQL === false)
      .map((collection) => collection.slug),
  )
  const perform = async ({
    ctx,
    subject,
    operation,
    role,
    case: made,
  }: Attempt): Promise<Observation> => {
    const collection = subject as CollectionSlug
    const asCaller = { overrideAccess: false, user: userOf(ctx, role) ?? undefined, depth: 0 }
    const id = made.id ?? ''
    try {
      switch (operation) {
        case 'read': {
          const { docs } = await ctx.payload.find({
            collection,
            where: { id: { equals: id } },
            ...asCaller,
          })
          return { status: 200, body: JSON.stringify(docs), isReturned: docs.length > 0 }
        }
        case 'create':
          return {
            status: 201,
            body: JSON.stringify(
              await ctx.payload.create({ collection, data: made.data ?? {}, ...asCaller }),
            ),
          }
        case 'update':
          return {
            status: 200,
            body: JSON.stringify(
              await ctx.payload.update({ collection, id, data: made.data ?? {}, ...asCaller }),
            ),
          }
        case 'delete':
          return {
            status: 200,
            body: JSON.stringify(await ctx.payload.delete({ collection, id, ...asCaller })),
          }
        default:
          throw new Error(`the Local API channel does not ${operation}`)
      }
    } catch (error) {
      return { status: statusOf(error), body: messageOf(error) }
    }
  }
  return {
    name: 'Local API (no route reaches it)',
    performs: (subject, operation) => unreachable.has(subject) && OPERATIONS.has(operation),
    perform,
  }
}
