import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { TestPayload } from './helpers/testPayload'
import { startTestPayload } from './helpers/testPayload'

let env: TestPayload
let payload: Payload

beforeAll(async () => {
  env = await startTestPayload()
  payload = env.payload
})

afterAll(async () => {
  await payload.delete({ collection: 'documents', where: { id: { exists: true } } })
  await env.cleanup()
})

describe('saving an official document', () => {
  it('normalizes the number as pasted from a real page', async () => {
    const saved = await payload.create({
      collection: 'documents',
      data: {
        number: ' 2768 / SL\u00d0TBXH-BTXHTEB\u00d0G ',
        type: 'cong-van',
        issuedOn: '2021-11-05',
      },
    })
    expect(saved.number).toBe('2768/SLĐTBXH-BTXHTEBĐG')
    expect(saved.followsPattern).toBe(true)
    expect(saved.issuedOn?.slice(0, 10)).toBe('2021-11-05')
  })

  it('saves a hurriedly typed number as the decree writes it', async () => {
    const saved = await payload.create({
      collection: 'documents',
      data: { number: '12 / kh - ubnd', type: 'ke-hoach' },
    })
    expect(saved.number).toBe('12/KH-UBND')
    expect(saved.followsPattern).toBe(true)
  })

  it('saves an imperfect real number and flags it', async () => {
    const saved = await payload.create({
      collection: 'documents',
      data: { number: 'Số 2768 ngày 05/11', type: 'cong-van' },
    })
    expect(saved.number).toBe('Số 2768 ngày 05/11')
    expect(saved.followsPattern).toBe(false)
  })

  it('rejects an empty number, naming the field', async () => {
    await expect(
      payload.create({ collection: 'documents', data: { number: '  ', type: 'cong-van' } }),
    ).rejects.toMatchObject({
      data: { errors: [{ path: 'number', message: 'Nhập số hiệu văn bản.' }] },
    })
  })
})
