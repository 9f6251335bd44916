import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { createMediaReader, mediaFileOf, prepareImage } from './campaignImage'

const PUBLIC_URL = 'https://cms.example'
const ORIGINS = [PUBLIC_URL, 'http://localhost:3000']
const dir = mkdtempSync(path.join(tmpdir(), 'banner-media-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('mediaFileOf', () => {
  it('finds the file a media URL of this CMS names, decoded', () => {
    expect(mediaFileOf(`${PUBLIC_URL}/api/media/file/anh%20bia.png`, ORIGINS, dir)).toBe(
      path.join(dir, 'anh bia.png'),
    )
    expect(mediaFileOf('http://localhost:3000/api/media/file/a.png', ORIGINS, dir)).toBe(
      path.join(dir, 'a.png'),
    )
  })

  it.each([
    ['another origin', 'https://elsewhere.example/api/media/file/a.png'],
    ['another path', `${PUBLIC_URL}/media/a.png`],
    ['a folder', `${PUBLIC_URL}/api/media/file/sub/a.png`],
    ['an encoded way up', `${PUBLIC_URL}/api/media/file/..%2Fsecret.png`],
    ['an encoded slash', `${PUBLIC_URL}/api/media/file/a%2Fb.png`],
    ['a dot file', `${PUBLIC_URL}/api/media/file/.env`],
    ['no name', `${PUBLIC_URL}/api/media/file/`],
    ['a broken escape', `${PUBLIC_URL}/api/media/file/%E0%A4%A`],
    ['no URL', 'not a url'],
  ])('refuses %s', (_, url) => {
    expect(mediaFileOf(url, ORIGINS, dir)).toBeNull()
  })

  it('takes an origin that is not a URL (no server URL configured) as none', () => {
    expect(mediaFileOf(`${PUBLIC_URL}/api/media/file/a.png`, ['', PUBLIC_URL], dir)).toBe(
      path.join(dir, 'a.png'),
    )
    expect(mediaFileOf(`${PUBLIC_URL}/api/media/file/a.png`, [''], dir)).toBeNull()
  })
})

describe('createMediaReader', () => {
  it('reads the file behind a URL, and null for a missing one', async () => {
    writeFileSync(path.join(dir, 'a.png'), 'bytes')
    const read = createMediaReader({ origins: ORIGINS, mediaDir: dir })
    expect((await read(`${PUBLIC_URL}/api/media/file/a.png`))?.toString()).toBe('bytes')
    expect(await read(`${PUBLIC_URL}/api/media/file/b.png`)).toBeNull()
    expect(await read('https://elsewhere.example/api/media/file/a.png')).toBeNull()
  })
})

describe('prepareImage', () => {
  it('cuts the image to cover the box at the scale, as a PNG data URL', async () => {
    const wide = await sharp({
      create: { width: 400, height: 100, channels: 3, background: '#f00' },
    })
      .jpeg()
      .toBuffer()
    const prepared = await prepareImage(wide, { width: 90, height: 90 }, 2)
    expect(prepared).toMatchObject({ width: 90, height: 90 })
    const bytes = Buffer.from(prepared?.src.replace(/^data:image\/png;base64,/, '') ?? '', 'base64')
    expect(await sharp(bytes).metadata()).toMatchObject({ format: 'png', width: 180, height: 180 })
  })

  it('gives null for bytes that are no image', async () => {
    expect(await prepareImage(Buffer.from('no image'), { width: 90, height: 90 }, 1)).toBeNull()
  })
})
