'use client'
// The campaign's "Số liệu" tab: displays and clicks per day (a small chart, then the table), the
// totals per site and snippet kind, bots apart, and the .xlsx and .csv downloads for the report.
// Read from GET /api/reach-counts/figures/:campaign, with the editor's own access.
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { CampaignFigures, Counts } from '../../reach/campaignFigures'
import { dayLabel, FIGURES_TEXT } from '../../reach/figuresTable'
import { ReachChart } from './ReachChart'

const TEXT = {
  vi: {
    unsaved: 'Lưu chiến dịch để xem số liệu.',
    loading: 'Đang tải số liệu…',
    failed: 'Không tải được số liệu. Hãy thử lại sau.',
    summary: (c: Counts) =>
      `${c.displays.toLocaleString('vi')} lượt hiển thị, ${c.clicks.toLocaleString('vi')} lượt bấm “Xem chi tiết” (bot tính riêng: ${c.botDisplays.toLocaleString('vi')} lượt hiển thị, ${c.botClicks.toLocaleString('vi')} lượt bấm).`,
    byDay: 'Theo ngày',
    bySite: 'Theo trang và loại mã nhúng',
    legend: 'Cột nhạt: lượt hiển thị; cột đậm: lượt bấm.',
    download: 'Tải về',
    none: 'Chưa có số liệu.',
  },
  en: {
    unsaved: 'Save the campaign to see its figures.',
    loading: 'Loading the figures…',
    failed: 'The figures could not be loaded. Try again later.',
    summary: (c: Counts) =>
      `${c.displays.toLocaleString('en')} displays, ${c.clicks.toLocaleString('en')} "Read more" clicks (bots apart: ${c.botDisplays.toLocaleString('en')} displays, ${c.botClicks.toLocaleString('en')} clicks).`,
    byDay: 'Per day',
    bySite: 'Per site and snippet',
    legend: 'Light bars: displays; dark bars: clicks.',
    download: 'Download',
    none: 'Nothing counted yet.',
  },
}

const CountCells = ({ counts }: { counts: Counts }) => (
  <>
    <td>{counts.displays}</td>
    <td>{counts.clicks}</td>
    <td>{counts.botDisplays}</td>
    <td>{counts.botClicks}</td>
  </>
)

export const ReachFigures = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const t = TEXT[language]
  const heads = FIGURES_TEXT[language]
  const [figures, setFigures] = useState<CampaignFigures | null | 'failed'>(null)
  const url =
    id === undefined || id === null
      ? null
      : `${config.serverURL}${config.routes.api}/reach-counts/figures/${encodeURIComponent(String(id))}`

  useEffect(() => {
    if (!url) return
    const controller = new AbortController()
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response): Promise<CampaignFigures | 'failed'> | 'failed' =>
        response.ok ? (response.json() as Promise<CampaignFigures>) : 'failed',
      )
      .then(setFigures)
      .catch(() => {
        if (!controller.signal.aborted) setFigures('failed')
      })
    return () => controller.abort()
  }, [url])

  if (!url) return <p>{t.unsaved}</p>
  if (figures === 'failed') return <p role="alert">{t.failed}</p>
  if (!figures) return <p role="status">{t.loading}</p>
  const head = (
    <>
      <th scope="col">{heads.displays}</th>
      <th scope="col">{heads.clicks}</th>
      <th scope="col">{heads.botDisplays}</th>
      <th scope="col">{heads.botClicks}</th>
    </>
  )
  return (
    <div className="reach-figures">
      <p className="reach-figures__summary">{t.summary(figures.total)}</p>
      <p className="reach-figures__downloads">
        {t.download}: <a href={`${url}/xlsx`}>.xlsx</a> · <a href={`${url}/csv`}>.csv</a>
      </p>
      <h3>{t.byDay}</h3>
      {figures.days.length > 0 ? (
        <>
          <ReachChart days={figures.days} language={language} label={t.summary(figures.total)} />
          <p className="reach-figures__legend">{t.legend}</p>
          <table className="reach-figures__table">
            <thead>
              <tr>
                <th scope="col">{heads.day}</th>
                {head}
              </tr>
            </thead>
            <tbody>
              {figures.days.map((day) => (
                <tr key={day.day}>
                  <th scope="row">{dayLabel(day.day, language)}</th>
                  <CountCells counts={day} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{heads.total}</th>
                <CountCells counts={figures.total} />
              </tr>
            </tfoot>
          </table>
        </>
      ) : (
        <p>{t.none}</p>
      )}
      <h3>{t.bySite}</h3>
      {figures.bySiteAndKind.length > 0 ? (
        <table className="reach-figures__table">
          <thead>
            <tr>
              <th scope="col">{heads.site}</th>
              <th scope="col">{heads.kind}</th>
              {head}
            </tr>
          </thead>
          <tbody>
            {figures.bySiteAndKind.map((row) => (
              <tr key={`${row.site}|${row.kind}`}>
                <th scope="row">{row.site}</th>
                <td>{heads.kinds[row.kind]}</td>
                <CountCells counts={row} />
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.none}</p>
      )}
      <p className="reach-figures__note">{heads.note}</p>
      <style>{`
        .reach-figures__chart { color: var(--theme-elevation-800); max-width: 100%; margin: 0.5rem 0; }
        .reach-figures__table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        .reach-figures__table th, .reach-figures__table td { padding: 0.25rem 0.75rem; border-bottom: 1px solid var(--theme-elevation-150); text-align: right; }
        .reach-figures__table th[scope='row'], .reach-figures__table thead th:first-child { text-align: left; }
        .reach-figures__note, .reach-figures__legend { color: var(--theme-elevation-600); }
      `}</style>
    </div>
  )
}
