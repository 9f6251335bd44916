// The editor's live preview is walked in yearlyCycle.e2e.spec.ts (the real banner following the
// form, on the days the editor picks); here, that it is nobody else's to open.
import { expect, test } from '@playwright/test'

test('the preview page is not there for a visitor without a session', async ({ request }) => {
  const list = await request.get('/api/public/sites/demo-portal/campaign?locale=vi')
  const { campaign } = (await list.json()) as { campaign: { id: string } }
  const response = await request.get(`/preview/campaign/${campaign.id}`)
  expect(response.status()).toBe(404)
})
