'use client'
// Shown instead of a blank or English-only page when an admin page cannot be built: says whether
// the database is the cause (asked of /api/ready, which the front server answers without the
// database's help), that saved content is safe, and reloads by itself once the server is ready.
import { useEffect, useState } from 'react'

import type { AdminLanguage } from './outageTexts'
import { adminLanguageOf, outageTexts } from './outageTexts'

const READY_POLL_MS = 5000

type Cause = 'database' | 'other'

const askReadiness = async (): Promise<{ isReady: boolean; cause: Cause }> => {
  try {
    const response = await fetch('/api/ready', { cache: 'no-store' })
    const body = (await response.json()) as { checks?: { database?: string } }
    return {
      isReady: response.ok,
      cause: body.checks?.database === 'unreachable' ? 'database' : 'other',
    }
  } catch {
    return { isReady: false, cause: 'other' }
  }
}

export interface AdminErrorScreenProps {
  /** Next's id of the server error, in the server's log line too. */
  digest?: string
}

// A reload, not Next's reset(): the failure happened on the server, which reset() does not ask again.
const reload = () => window.location.reload()

export const AdminErrorScreen = ({ digest }: AdminErrorScreenProps) => {
  const [language, setLanguage] = useState<AdminLanguage>('vi')
  const [cause, setCause] = useState<Cause>('other')

  useEffect(() => {
    setLanguage(adminLanguageOf(document.cookie))
    let isWatching = true
    const watch = async () => {
      const readiness = await askReadiness()
      if (!isWatching) return
      setCause(readiness.cause)
      // Ready again after the failure: the page that failed can now be built.
      if (readiness.isReady) reload()
      else timer = window.setTimeout(() => void watch(), READY_POLL_MS)
    }
    let timer = window.setTimeout(() => void watch(), 0)
    return () => {
      isWatching = false
      window.clearTimeout(timer)
    }
  }, [])

  const t = outageTexts[language]
  return (
    <main
      role="alert"
      lang={language}
      style={{
        maxWidth: '36rem',
        margin: '15vh auto 0',
        padding: '0 1.25rem',
        fontFamily: 'system-ui, sans-serif',
        lineHeight: 1.5,
        color: '#1f2933',
      }}
    >
      <h1 style={{ fontSize: '1.5rem', margin: '0 0 1rem' }}>
        {cause === 'database' ? t.databaseTitle : t.otherTitle}
      </h1>
      <p>{t.safe}</p>
      <p>{t.waiting}</p>
      <button
        type="button"
        onClick={reload}
        style={{
          font: 'inherit',
          padding: '0.5rem 1rem',
          border: '1px solid #1f2933',
          borderRadius: 4,
          background: '#fff',
          cursor: 'pointer',
        }}
      >
        {t.retry}
      </button>
      {digest ? (
        <p style={{ marginTop: '1.5rem', fontSize: '0.875rem', color: '#52606d' }}>
          {t.errorCode}: <code>{digest}</code>
        </p>
      ) : null}
    </main>
  )
}
