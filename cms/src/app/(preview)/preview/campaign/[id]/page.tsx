/* A campaign's live preview, the page the admin's Live Preview pane shows (Campaigns' admin.livePreview). */
import config from '@payload-config'
import { WIDGET_MODULE_PATH } from '@campaign/shared/routes'
import { headers as requestHeaders } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { CampaignPreview } from '../../../../../preview/CampaignPreview'
import { loadCampaignPreview } from '../../../../../preview/loadCampaignPreview'

type Args = {
  params: Promise<{ id: string }>
  searchParams: Promise<{ [key: string]: string | string[] | undefined }>
}

// Per request, never cached: it reads the session and the draft.
export const dynamic = 'force-dynamic'

const Page = async ({ params, searchParams }: Args) => {
  const [{ id }, query, headers] = await Promise.all([params, searchParams, requestHeaders()])
  const payload = await getPayload({ config })
  const access = await loadCampaignPreview({
    payload,
    headers,
    id,
    locale: typeof query.locale === 'string' ? query.locale : undefined,
  })
  // Strangers learn nothing, not even that the campaign exists.
  if (access.kind === 'refused') notFound()
  const language = /(?:^|;\s*)payload-lng=en\b/.test(headers.get('cookie') ?? '') ? 'en' : 'vi'
  return (
    <>
      <script type="module" src={WIDGET_MODULE_PATH} async />
      <CampaignPreview
        initialDoc={access.doc}
        site={access.site}
        locale={access.locale}
        language={language}
        publicUrl={payload.config.serverURL}
        initialAt={new Date().toISOString()}
      />
    </>
  )
}

export default Page
