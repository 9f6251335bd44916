// Crawlers, link previewers, monitors and headless browsers, told by their user agent (which is
// read here and never kept). Their requests are counted apart from people's; a bot that poses as
// a browser is counted as a person, so the figures are an estimate (README says so).
const BOT_PATTERN =
  /bot\b|bot\/|crawl|spider|slurp|headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|pingdom|uptime|monitor|preview|facebookexternalhit|whatsapp\/|curl\/|wget\/|python-|go-http-client|java\/|okhttp|axios\/|node-fetch|undici|libwww|httpclient|scrapy|feedfetcher|mediapartners|apis-google|^$/i

// The pattern costs microseconds on a long user agent; visitors' browsers repeat a few hundred
// of them, so answers are remembered (the memory is dropped whole when full: strangers choose
// what they send).
const MAX_REMEMBERED = 1000
const remembered = new Map<string, boolean>()

/** A request without a user agent is a script's, not a browser's. */
export const isBot = (userAgent: string | undefined): boolean => {
  const agent = userAgent ?? ''
  const known = remembered.get(agent)
  if (known !== undefined) return known
  if (remembered.size >= MAX_REMEMBERED) remembered.clear()
  const answer = BOT_PATTERN.test(agent)
  remembered.set(agent, answer)
  return answer
}
