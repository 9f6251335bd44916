// The classic-script entry, `<script src="https://cms.example/widget/v1/campaign-banner.classic.js"
// data-site="skhcn-khanhhoa" defer>`: registers <campaign-banner> (its CMS origin defaulting to the
// script's own origin) and mounts one from the script tag's data-* attributes, right before the
// tag or inside the element `data-target` selects. Without data-site it only registers the element.
import { defineCampaignBanner, TAG } from './campaign-banner'

// The element's attributes a script tag may carry as data-*.
const ATTRIBUTES = [
  'site',
  'api',
  'lang',
  'variant',
  'heading-level',
  'dismissible',
  'interval',
  'timeout',
  'hide-on-print',
  'preview',
  'now',
]

/** Creates the banner `script`'s data-* attributes describe and puts it in the page. */
function mount(script: HTMLScriptElement): void {
  if (!script.getAttribute('data-site')) return
  const banner = document.createElement(TAG)
  for (const name of ATTRIBUTES) {
    const value = script.getAttribute('data-' + name)
    if (value !== null) banner.setAttribute(name, value)
  }
  const selector = script.getAttribute('data-target')
  if (!selector) return script.before(banner)
  const target = (): Element | null => {
    try {
      return document.querySelector(selector)
    } catch {
      return null // not a valid selector
    }
  }
  const place = () => {
    const element = target()
    if (element) element.append(banner)
    else console.warn(`<campaign-banner>: no element matches data-target="${selector}"`)
  }
  // A script without defer may run before its target is parsed.
  if (document.readyState === 'loading' && !target())
    document.addEventListener('DOMContentLoaded', place, { once: true })
  else place()
}

// Only set while a classic script runs its top level: read it now.
const script = document.currentScript
if (script instanceof HTMLScriptElement) {
  // For the <style> fallback (browsers without constructable style sheets) under a strict CSP.
  if (!window.litNonce && script.nonce) window.litNonce = script.nonce
  defineCampaignBanner(new URL(script.src, location.href).origin)
  mount(script)
}
