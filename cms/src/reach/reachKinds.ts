// The snippet a display or a click came through: the script (the widget's campaign request),
// the image (banner.png) or the iframe (/embed). Low module: the collection and the counter read it.
export const REACH_KINDS = ['script', 'image', 'iframe'] as const
export type ReachKind = (typeof REACH_KINDS)[number]

const KINDS = new Map<string, ReachKind>(REACH_KINDS.map((kind) => [kind, kind]))

/** `?from=` of a /go link; the image snippet's links predate it, so none means the image. */
export const reachKindOf = (from: string | null): ReachKind => KINDS.get(from ?? '') ?? 'image'
