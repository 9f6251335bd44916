// All of the banner's CSS. Page rules never reach inside the shadow root; on the host element
// itself they beat :host rules unless those are !important, so the host is locked down here:
// `* { all: unset }`, `campaign-banner { display: inline }` or `html { font-size: 40px }` on the
// page cannot collapse or restyle it. The host keeps inheriting from the page (`all: unset`), so
// the webmaster's fallback content looks like the rest of the page; the banner itself starts from
// `all: initial` on its <section> and takes only the font family from the page. Pages theme it
// through the --campaign-* custom properties (which `all` does not reset) and ::part().
// The space a page reserves for the banner (README, "No layout shift") is --campaign-min-height:
// the page's rule gives the element that height before this script runs, and the host keeps it
// afterwards, whatever it shows (fallback, campaign or nothing): the page never moves.
// A plain string, minified at build time (vite.config.ts); the variants are classes on <section>.
export const styles = `
  :host {
    all: unset !important;
    display: block !important;
    /* a page's own min-height would lose to all: unset; the custom property survives it */
    min-height: var(--campaign-min-height) !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  section {
    all: initial;
    font-family: inherit;
    /* medium: the visitor's default size, whatever the page did to its root font size */
    font-size: var(--campaign-font-size, medium);
    line-height: 1.5;
    --a: var(--campaign-accent, var(--_accent, #0b5394));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.75em 1em;
    background: var(--a);
    color: var(--campaign-on-accent, #fff);
    overflow-wrap: anywhere;
    /* fills the reserved height, content centred */
    box-sizing: border-box;
    min-height: inherit;
  }
  [part='body'] {
    flex: 1 1 16em;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  p,
  ul,
  [part='heading'] {
    margin: 0;
    padding: 0;
    font-size: 1em;
  }
  [part='title'] {
    font-size: 0.875em;
  }
  [part='heading'] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  [part='messages'] {
    display: grid;
  }
  /* Rotating messages share one cell: the longest sets the height, so rotation moves nothing. */
  .rotating > * {
    grid-area: 1/1;
  }
  .off {
    visibility: hidden;
  }
  [part='meta'],
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    list-style: none;
  }
  [part='phase'],
  [part='link'] {
    font-weight: 700;
  }
  a {
    color: inherit;
  }
  a,
  button {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
  }
  [part='controls'] {
    display: flex;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  button {
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 2px solid;
    outline-offset: 2px;
  }
  .card,
  .compact {
    background: var(--campaign-background, #fff);
    color: var(--campaign-color, #1f1f1f);
    border: 1px solid var(--campaign-border-color, #0003);
    border-radius: var(--campaign-radius, 4px);
  }
  .card {
    border-top: 4px solid var(--a);
  }
  .card [part='body'] {
    flex-basis: 100%;
  }
  .compact {
    border-inline-start: 4px solid var(--a);
    padding-block: 0.25em;
  }
  :is(.card, .compact) :is([part='heading'], a) {
    color: var(--a);
  }
  .compact [part='body'] {
    flex-flow: row wrap;
    align-items: baseline;
    column-gap: 1em;
  }
  .compact :is([part='title'], [part='messages'], [part='window'], ul, [part='pause-button']) {
    display: none;
  }
  @media (forced-colors: active) {
    section {
      border: 1px solid;
    }
  }
  @media print {
    :host {
      min-height: 0 !important;
    }
    .no-print,
    [part='controls'] {
      display: none;
    }
  }
`
