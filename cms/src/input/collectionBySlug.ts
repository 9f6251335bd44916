/** A collection named by a string from a query or a relation, if there is one by that slug. */
export const collectionBySlug = <T extends { config: { slug: string } }>(
  payload: { collections: Record<string, T> },
  slug: string,
): T | undefined =>
  Object.values(payload.collections).find((collection) => collection.config.slug === slug)
