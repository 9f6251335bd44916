// Reading the public pages' server-rendered HTML in tests, as a reader would: the text of an
// element without its tags, an edition's article, a section's list items, a term's definition.
// Written for the pages' own regular markup (cms/src/server/pages), not for HTML at large.

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
}

/** The text a reader sees: tags dropped, entities decoded, white space collapsed. */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .replace(/ ([,.;:)])/g, '$1')
    .replace(/\( /g, '(')
    .trim()

/** The `<article>` of the edition whose heading links to its year's page. */
export const articleOf = (page: string, year: number): string => {
  const articles = page.split('<article').slice(1)
  const found = articles.find((article) =>
    new RegExp(`<h2[^>]*><a href="[^"]*/archive/${year}[?"]`).test(article),
  )
  if (!found) throw new Error(`no article for ${year}`)
  return found.slice(0, found.indexOf('</article>'))
}

/** The years of the page's editions, in the page's order. */
export const yearsOf = (page: string): number[] =>
  [...page.matchAll(/<h2[^>]*><a href="[^"]*\/archive\/(\d{4})[?"]/g)].map((match) =>
    Number(match[1]),
  )

/** The items of the list a heading names (`<h3 id>` + the list labelled by it). */
export const listUnder = (html: string, heading: string): string[] => {
  const id = new RegExp(`<h3 id="([^"]+)">${heading}</h3>`).exec(html)?.[1]
  if (!id) return []
  const list = new RegExp(`<(ul|ol) aria-labelledby="${id}">([\\s\\S]*?)</\\1>`).exec(html)?.[2]
  return [...(list ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((item) =>
    textOf(item[1] ?? ''),
  )
}

/** The definition of a term in the article's `<dl>`. */
export const definitionOf = (html: string, term: string): string | undefined => {
  const match = new RegExp(`<dt[^>]*>${term}</dt><dd>([\\s\\S]*?)</dd>`).exec(html)
  return match ? textOf(match[1] ?? '') : undefined
}
