// The admin's home page, before Payload's collection cards: per site the user manages, what its
// banner shows now (the real widget, live), what is scheduled, which drafts wait, and which series
// is due its new edition, with "Tạo kỳ …" one click away.
import { WIDGET_MODULE_PATH } from '@campaign/shared/routes'
import type { Payload, TypedUser } from 'payload'
import { createElement } from 'react'

import { DASHBOARD_TEXT, formatInstant } from '../../dashboard/dashboardText'
import type { SiteOverview } from '../../dashboard/siteOverview'
import { siteOverviews } from '../../dashboard/siteOverview'
import { NEXT_EDITION_PARAM } from '../nextEditionParam'

interface Props {
  payload: Payload
  user?: TypedUser | null
  i18n: { language: string }
}

const SiteCard = ({
  overview,
  t,
  language,
  adminRoute,
  api,
}: {
  overview: SiteOverview
  t: (typeof DASHBOARD_TEXT)['vi' | 'en']
  language: 'vi' | 'en'
  adminRoute: string
  api: string
}) => {
  const editUrl = (id: number | string) => `${adminRoute}/collections/campaigns/${id}`
  return (
    <section className="site-overview__site" aria-labelledby={`site-overview-${overview.site.id}`}>
      <h3 id={`site-overview-${overview.site.id}`}>{overview.site.name}</h3>
      {overview.reminders.map((reminder) => (
        <p key={String(reminder.fromId)} className="site-overview__reminder" role="note">
          {t.reminder(reminder)}{' '}
          <a
            className="btn btn--style-primary btn--size-small"
            href={`${editUrl(reminder.fromId)}?${NEXT_EDITION_PARAM}=1`}
          >
            {t.createNext(reminder.year)}
          </a>
        </p>
      ))}
      <h4>{t.now}</h4>
      <p>
        {overview.showing ? (
          <a href={editUrl(overview.showing.id)}>
            {t.showing(overview.showing.title, overview.showing.phase)}
          </a>
        ) : (
          t.nothing
        )}
      </p>
      {overview.showing && (
        <p className="site-overview__reach">{t.reach(overview.showing.reach)}</p>
      )}
      {overview.showing &&
        createElement('campaign-banner', {
          site: overview.site.slug,
          api,
          lang: language,
          variant: 'bar',
        })}
      <h4>{t.next}</h4>
      {overview.scheduled.length === 0 ? (
        <p>{t.noneScheduled}</p>
      ) : (
        <ul>
          {overview.scheduled.map((item) => (
            <li key={String(item.id)}>
              <a href={editUrl(item.id)}>
                {t.scheduled(item.title, formatInstant(item.at, overview.site.timeZone))}
              </a>
            </li>
          ))}
          <li className="site-overview__zone">{t.zone(overview.site.timeZone)}</li>
        </ul>
      )}
      <h4>{t.drafts}</h4>
      {overview.drafts.length === 0 ? (
        <p>{t.noDrafts}</p>
      ) : (
        <ul>
          {overview.drafts.map((draft) => (
            <li key={String(draft.id)}>
              <a href={editUrl(draft.id)}>
                {draft.title} ({draft.year})
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

export const SiteOverviewPanel = async ({ payload, user, i18n }: Props) => {
  if (!user || !('role' in user)) return null
  const overviews = await siteOverviews(payload, user)
  if (overviews.length === 0) return null
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const t = DASHBOARD_TEXT[language]
  const { serverURL, routes } = payload.config
  return (
    <div className="site-overview">
      <h2>{t.heading}</h2>
      <script type="module" src={`${serverURL}${WIDGET_MODULE_PATH}`} async />
      <div className="site-overview__sites">
        {overviews.map((overview) => (
          <SiteCard
            key={String(overview.site.id)}
            overview={overview}
            t={t}
            language={language}
            adminRoute={routes.admin}
            api={serverURL}
          />
        ))}
      </div>
    </div>
  )
}
