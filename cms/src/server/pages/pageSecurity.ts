// The public pages' Content-Security-Policy: nothing runs or loads but what the page names, no
// inline script, inline style only by its hash, and framing only by the site's allowed origins
// (the same list that lets them read the JSON), as the embed snippet needs.
import { createHash } from 'node:crypto'

import { isAllowedOriginEntry } from '../../collections/Sites/siteRules'

/** The CSP source for one inline `<style>` element's exact text. */
export const styleSource = (css: string): string =>
  `'sha256-${createHash('sha256').update(css).digest('base64')}'`

/**
 * `frame-ancestors`: this CMS's own pages and the site's allowed origins; `*` lets any page frame
 * it. Only well-formed origins are written, so a stored value can never add a directive.
 */
export const frameAncestors = (allowedOrigins: readonly string[]): string => {
  if (allowedOrigins.includes('*')) return 'frame-ancestors *'
  const origins = allowedOrigins.filter((origin) => origin !== '*' && isAllowedOriginEntry(origin))
  return ['frame-ancestors', "'self'", ...new Set(origins)].join(' ')
}

export interface PagePolicy {
  /** The page's one inline style sheet. */
  css: string
  allowedOrigins: readonly string[]
  /** The widget's module and its requests, from this CMS ('self'). */
  hasWidget?: boolean
}

export const pagePolicy = ({ css, allowedOrigins, hasWidget = false }: PagePolicy): string =>
  [
    "default-src 'none'",
    `style-src ${styleSource(css)}`,
    ...(hasWidget
      ? [
          "script-src 'self'",
          "connect-src 'self'",
          // Trusted Types as well: lit-html's policy is the only one the banner needs.
          "require-trusted-types-for 'script'",
          "trusted-types lit-html 'allow-duplicates'",
        ]
      : []),
    // The browser's own favicon request; the pages show no image.
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    frameAncestors(allowedOrigins),
  ].join('; ')
