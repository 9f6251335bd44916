import { describe, expect, it } from 'vitest'

import { editionData, useWorld } from './helpers/world'

const t = useWorld()

type Input = Parameters<typeof editionData>[1]

/** Creates as editor A and returns the one field error Payload reports. */
const fieldError = async (overrides: Input) => {
  try {
    await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, overrides),
      user: t.world.editorA,
      overrideAccess: false,
    })
  } catch (error) {
    const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data
      ?.errors
    if (errors?.length) return errors.map(({ path, message }) => ({ path, message }))
    throw error
  }
  throw new Error('expected a validation error')
}

describe('campaign validation names the field and the reason, in Vietnamese', () => {
  it('end before start', async () => {
    const errors = await fieldError({ campaignWindow: { start: '2025-12-15', end: '2025-11-15' } })
    expect(errors).toEqual([
      {
        path: 'campaignWindow.end',
        message: 'Ngày kết thúc (15/11/2025) phải bằng hoặc sau ngày bắt đầu (15/12/2025).',
      },
    ])
  })

  it('a date that does not exist', async () => {
    const errors = await fieldError({ campaignWindow: { start: '2025-02-29', end: '2025-03-15' } })
    expect(errors).toContainEqual({ path: 'campaignWindow.start', message: 'Ngày không hợp lệ.' })
  })

  it('year not matching the window', async () => {
    const errors = await fieldError({ year: 2024 })
    expect(errors).toEqual([
      { path: 'year', message: 'Năm 2024 không khớp với thời gian diễn ra (bắt đầu năm 2025).' },
    ])
  })

  it('display window starting too early', async () => {
    const errors = await fieldError({ displayWindow: { start: '2025-01-01', end: null } })
    expect(errors).toEqual([
      {
        path: 'displayWindow.start',
        message:
          'Ngày bắt đầu hiển thị (01/01/2025) không được sớm hơn 90 ngày trước ngày bắt đầu chiến dịch.',
      },
    ])
  })

  it('display window ending too late', async () => {
    const errors = await fieldError({ displayWindow: { start: null, end: '2026-06-01' } })
    expect(errors).toEqual([
      {
        path: 'displayWindow.end',
        message:
          'Ngày kết thúc hiển thị (01/06/2026) không được muộn hơn 90 ngày sau ngày kết thúc chiến dịch.',
      },
    ])
  })

  it('display window ending before it starts', async () => {
    const errors = await fieldError({
      displayWindow: { start: '2025-12-10', end: '2025-11-20' },
    })
    expect(errors.map((error) => error.path)).toEqual(['displayWindow.end'])
  })

  it('accepts a display window around the campaign (launch before, events after)', async () => {
    const created = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        displayWindow: { start: '2025-11-01', end: '2025-12-31' },
      }),
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(created.displayWindow?.start?.slice(0, 10)).toBe('2025-11-01')
  })

  it('no message on publish', async () => {
    const errors = await fieldError({ messages: [] })
    expect(errors).toEqual([
      { path: 'messages', message: 'Cần ít nhất một thông điệp trước khi xuất bản.' },
    ])
  })

  it('lets a draft be saved without messages', async () => {
    const draft = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { messages: [], _status: 'draft' }),
      draft: true,
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(draft._status).toBe('draft')
  })

  it('duplicate slug on the same site, allowed on another site', async () => {
    const first = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { slug: 'trung-lap' }),
    })
    const errors = await fieldError({ slug: 'trung-lap' })
    expect(errors).toEqual([
      {
        path: 'slug',
        message: `Đường dẫn "trung-lap" đã được dùng cho một chiến dịch khác của trang ${t.world.siteA.name}.`,
      },
    ])
    const elsewhere = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteB, { slug: 'trung-lap' }),
    })
    expect(elsewhere.slug).toBe(first.slug)
  })

  it('a slug that is not URL-safe', async () => {
    const errors = await fieldError({ slug: 'Tháng Hành Động' })
    expect(errors.map((error) => error.path)).toEqual(['slug'])
  })

  it('an accent colour that is not #rrggbb', async () => {
    const errors = await fieldError({ accentColor: 'orange' })
    expect(errors).toEqual([
      { path: 'accentColor', message: 'Màu nhấn phải có dạng #rrggbb (ví dụ: #e8590c).' },
    ])
  })

  it('a javascript: article link', async () => {
    const errors = await fieldError({ articleUrl: 'javascript:alert(1)' })
    expect(errors).toEqual([
      { path: 'articleUrl', message: 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.' },
    ])
  })

  it('keeps what was saved when an update is rejected', async () => {
    const saved = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { theme: 'Chủ đề đã lưu' }),
    })
    await expect(
      t.payload.update({
        collection: 'campaigns',
        id: saved.id,
        data: { theme: 'Chủ đề mới', campaignWindow: { start: '2025-12-15', end: '2025-11-01' } },
        user: t.world.editorA,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const after = await t.payload.findByID({ collection: 'campaigns', id: saved.id })
    expect(after.theme).toBe('Chủ đề đã lưu')
    expect(after.campaignWindow.end.slice(0, 10)).toBe('2025-12-15')
  })
})

describe('generated slug', () => {
  it('comes from the Vietnamese title and the year', async () => {
    const created = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, {
        slug: undefined,
        title: 'Tháng hành động vì Bình đẳng giới',
      }),
    })
    expect(created.slug).toBe('thang-hanh-dong-vi-binh-dang-gioi-2025')
  })
})

describe('slug', () => {
  it('an emptied slug is made again from the title, as the field’s help text says', async () => {
    const edition = await t.payload.create({
      collection: 'campaigns',
      data: editionData(t.world.siteA, { slug: 'cu', _status: 'draft' }),
      draft: true,
    })
    const published = await t.payload.update({
      collection: 'campaigns',
      id: edition.id,
      data: { slug: '', title: 'Tháng hành động mới', _status: 'published' },
      user: t.world.editorA,
      overrideAccess: false,
    })
    expect(published.slug).toBe('thang-hanh-dong-moi-2025')
  })
})
