// The archive page's one style sheet: readable on a phone, printable on A4 (links written out,
// navigation left off), and the same in an iframe. Sent inline and allowed by its hash.
export const ARCHIVE_CSS = `
:root{color-scheme:light;--accent:#0b5394;--muted:#555}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.55;color:#1f1f1f;background:#fff;overflow-wrap:anywhere}
header,main,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header{padding-block:1rem 0.5rem;border-bottom:4px solid var(--accent)}
.site{margin:0;color:var(--muted)}
h1{margin:0.25rem 0;font-size:1.6rem;line-height:1.25}
nav ul{display:flex;flex-wrap:wrap;gap:0.25rem 1.25rem;margin:0.5rem 0 0;padding:0;list-style:none}
a{color:var(--accent)}
a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
a,nav a{display:inline-block;min-height:24px}
.summary{color:var(--muted)}
article{margin:1.5rem 0;padding-bottom:1rem;border-bottom:1px solid #ccc}
h2{margin:0 0 0.25rem;font-size:1.3rem;line-height:1.3}
h3{margin:1rem 0 0.25rem;font-size:1.05rem}
.series{margin:0;color:var(--muted)}
dl{margin:0.75rem 0 0;display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}
dt{font-weight:700}
dd{margin:0}
ul,ol{margin:0;padding-inline-start:1.5rem}
li+li{margin-top:0.35rem}
.document p{margin:0}
.meta,.file-info{color:var(--muted)}
footer{padding-block:1rem 2rem;color:var(--muted)}
@media (max-width:30rem){dl{grid-template-columns:1fr}dd{margin-bottom:0.5rem}}
@media print{
nav,footer{display:none}
header{border-bottom-width:2px}
body{font-size:11pt}
a{color:inherit;text-decoration:none}
article a[href^="http"]::after{content:" <" attr(href) ">";font-size:9pt;color:var(--muted)}
h2,h3{break-after:avoid}
li{break-inside:avoid}
}
`.trim()
