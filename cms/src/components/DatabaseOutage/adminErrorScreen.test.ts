// The admin's error screen before the browser runs its script (what a failed page's HTML holds):
// an alert in Vietnamese with the server's error code. What it says once it has asked /api/ready,
// and its reload when the database is back, are walked in Chromium by the load run's fault
// scenario (tests/load/adminDuringFault.ts).
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { AdminErrorScreen } from './AdminErrorScreen'
import { adminLanguageOf, outageTexts } from './outageTexts'

describe('the admin error screen', () => {
  it('is an alert saying, in Vietnamese, that saved content is safe, with the error code', () => {
    const html = renderToStaticMarkup(createElement(AdminErrorScreen, { digest: '4089314413' }))
    expect(html).toContain('role="alert"')
    expect(html).toContain('lang="vi"')
    expect(html).toContain(outageTexts.vi.otherTitle)
    expect(html).toContain(outageTexts.vi.safe)
    expect(html).toContain(`${outageTexts.vi.errorCode}: <code>4089314413</code>`)
  })

  it('shows no error code line when Next gave none', () => {
    const html = renderToStaticMarkup(createElement(AdminErrorScreen, {}))
    expect(html).not.toContain(outageTexts.vi.errorCode)
  })

  it('speaks English only to an editor who chose it in the admin', () => {
    expect(adminLanguageOf('payload-lng=en')).toBe('en')
    expect(adminLanguageOf('a=1; payload-lng=en; b=2')).toBe('en')
    expect(adminLanguageOf('payload-lng=vi')).toBe('vi')
    expect(adminLanguageOf('payload-lng=english')).toBe('vi')
    expect(adminLanguageOf('')).toBe('vi')
  })
})
