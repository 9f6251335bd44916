import { describe, expect, it } from 'vitest'

import { visibilityText } from './visibilityText'

describe('the status line after a save', () => {
  it('says a draft shows nowhere', () => {
    expect(visibilityText({ isPublished: false, sites: [] }, 'vi')).toEqual([
      'Chưa xuất bản: chưa hiển thị trên trang nào.',
    ])
  })

  it('names the sites that show it now, together, with the last day', () => {
    const lines = visibilityText(
      {
        isPublished: true,
        sites: [
          { site: 'Sở KH&CN', state: 'showing', until: '2026-12-15' },
          { site: 'Sở Y tế', state: 'showing', until: '2026-12-15' },
        ],
      },
      'vi',
    )
    expect(lines).toEqual(['Đang hiển thị trên: Sở KH&CN, Sở Y tế (đến hết 15/12/2026).'])
  })

  it('says from when a future edition shows, and when a past one ended', () => {
    expect(
      visibilityText(
        { isPublished: true, sites: [{ site: 'Sở KH&CN', state: 'later', from: '2026-11-15' }] },
        'vi',
      ),
    ).toEqual(['Sẽ hiển thị từ 15/11/2026 trên: Sở KH&CN.'])
    expect(
      visibilityText(
        { isPublished: true, sites: [{ site: 'Sở KH&CN', state: 'ended', ended: '2025-12-15' }] },
        'vi',
      ),
    ).toEqual(['Không hiển thị ở đâu: đã kết thúc ngày 15/12/2025.'])
  })

  it('keeps different situations apart, and says which edition outshines it', () => {
    const lines = visibilityText(
      {
        isPublished: true,
        sites: [
          { site: 'A', state: 'showing', until: '2026-12-15' },
          { site: 'B', state: 'outshone', by: 'Kỳ 2026' },
        ],
      },
      'en',
    )
    expect(lines).toEqual([
      'Showing on: A (until 15 Dec 2026).',
      'Not shown on B: the site shows “Kỳ 2026” (it starts later).',
    ])
  })

  it('says when none of the sites is the caller’s', () => {
    expect(visibilityText({ isPublished: true, sites: [] }, 'vi')).toEqual([
      'Đã xuất bản nhưng chưa gắn với trang nào bạn quản lý.',
    ])
  })
})
