import { expect, it } from 'vitest'
import * as shared from './index'

it('re-exports the public API of every module, and nothing else', () => {
  expect(Object.keys(shared).sort()).toEqual([
    'CONTRACT_VERSION',
    'addDays',
    'calendarDateIn',
    'campaignArchiveSchema',
    'campaignResponseSchema',
    'contrastRatio',
    'daysBetween',
    'formatBytes',
    'formatDate',
    'formatFileType',
    'formatPhase',
    'formatWindow',
    'isCalendarDate',
    'isInWindow',
    'nextDayBoundary',
    'parseBannerResponse',
    'parseCampaignArchiveResponse',
    'parseCurrentCampaignResponse',
    'phaseAt',
    'readableAccent',
    'selectEdition',
  ])
})
