// What a portal that sends a Content-Security-Policy adds to it for the banner, from this CMS's
// origin and what the site's allowed origins let a portal do. The script snippet needs the module
// (script-src) and its request and preload (connect-src); the image snippet, the picture (img-src);
// the iframe snippet, the frame (frame-src). Nothing inline: no 'unsafe-inline', no nonce.
//
// Trusted Types: the widget writes no HTML into a sink itself; its only one is Lit's template
// element, written through the policy Lit creates, named 'lit-html' (once per copy of the script,
// hence 'allow-duplicates'). A portal under `require-trusted-types-for 'script'` needs nothing more
// unless it names its allowed policies in a `trusted-types` directive: then lit-html must be among
// them (checked by the demo portal under /demo/csp and by tests/e2e).

/** The words a portal's `trusted-types` directive needs for the banner, if it has that directive. */
export const TRUSTED_TYPES_POLICY = "lit-html 'allow-duplicates'"

export interface PortalCspOptions {
  /** The CMS origin the snippets load from. */
  origin: string
  /** The site's allowed origins: without any, a portal may show only the image snippet. */
  allowedOrigins: readonly string[]
}

/**
 * The header line. With no allowed origin, the CMS refuses the script's request (CORS) and the
 * frame (frame-ancestors), so only the picture is allowed for.
 */
export const portalCsp = ({ origin, allowedOrigins }: PortalCspOptions): string => {
  const sources = `'self' ${origin}`
  const directives =
    allowedOrigins.length > 0 ? ['script-src', 'connect-src', 'img-src', 'frame-src'] : ['img-src']
  return `Content-Security-Policy: ${directives.map((name) => `${name} ${sources}`).join('; ')}`
}
