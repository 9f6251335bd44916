// README's "Embed the banner" section as a webmaster copies it, and a plain portal page of another
// origin to paste it into: what the banner's e2e tests load.
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const embedSection = (() => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const start = readme.indexOf('## Embed the banner')
  return readme.slice(start, readme.indexOf('\n## ', start + 1))
})()

const codeBlock = (language: string): string => {
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(embedSection)?.[1]
  if (!block) throw new Error(`README's Embed section has no ${language} block`)
  return block
}

/** The section's first ```html block (the snippet), for a CMS at `cmsOrigin`. */
export const readmeHtml = (cmsOrigin: string): string =>
  codeBlock('html').replaceAll('https://cms.example', cmsOrigin)

/** The section's ```css block: the rule for the portal's stylesheet. */
export const readmeCss = codeBlock('css')

const PARAGRAPH =
  'Sở Khoa học và Công nghệ đã nhận Công văn số 2768/SLĐTBXH-BTXHTEBĐG ngày 05/11/2021 của Sở Lao ' +
  'động - Thương binh và Xã hội về việc hướng dẫn triển khai Tháng hành động vì bình đẳng giới và ' +
  'phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm 2021 trên địa bàn tỉnh Khánh Hòa. '

/** A plain portal page: `body` pasted between two paragraphs, `head` in its head. */
export const plainPage = ({
  head = '',
  body = '',
}: {
  head?: string
  body?: string
}) => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cổng thông tin khác</title>
${head}
</head>
<body>
<h1>Cổng thông tin khác</h1>
<p>${PARAGRAPH}</p>
${body}
<p>${PARAGRAPH.repeat(5)}</p>
</body>
</html>`

/** What the portal server answers: its page at any path but /portal.css, and that stylesheet. */
export interface PortalContent {
  html: string
  css: string
  /** The stylesheet's Cache-Control; no-cache by default (tests change it between loads). */
  cssCacheControl?: string
  /** The page's own headers, e.g. the portal's Content-Security-Policy. */
  headers?: Record<string, string>
}

/**
 * A portal on another origin than the CMS (127.0.0.1 against the CMS's localhost), serving
 * `content` as it is at each request.
 */
export const startPortal = async (content: PortalContent) => {
  const server = createServer((request, response) => {
    const isCss = request.url === '/portal.css'
    response.writeHead(200, {
      'content-type': `text/${isCss ? 'css' : 'html'}; charset=utf-8`,
      'cache-control': (isCss && content.cssCacheControl) || 'no-cache',
      ...(isCss ? {} : content.headers),
    })
    response.end(isCss ? content.css : content.html)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => server.close(),
  }
}
