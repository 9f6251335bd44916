import type { Endpoint, PayloadRequest } from 'payload'
import { Forbidden, NotFound } from 'payload'

import { isWellFormedId } from '../../input/idFormat'
import type { CampaignFigures } from '../../reach/campaignFigures'
import { campaignFigures } from '../../reach/campaignFigures'
import { figuresCsv } from '../../reach/figuresCsv'
import type { FiguresLanguage } from '../../reach/figuresTable'
import { figuresTable } from '../../reach/figuresTable'
import { figuresXlsx, XLSX_TYPE } from '../../reach/figuresXlsx'

const PRIVATE = { 'cache-control': 'private, no-store' }

/** The campaign's figures as the signed-in caller may see them; 404 if they may not read it. */
const figuresFor = async (req: PayloadRequest): Promise<CampaignFigures> => {
  if (!req.user) throw new Forbidden(req.t)
  const id = req.routeParams?.campaign
  if (!isWellFormedId(req.payload, id, 'campaigns')) throw new NotFound(req.t)
  const figures = await campaignFigures(req, id as number | string)
  if (!figures) throw new NotFound(req.t)
  return figures
}

const languageOf = (req: PayloadRequest): FiguresLanguage =>
  req.i18n?.language === 'en' ? 'en' : 'vi'

/** A file name from the title: letters and digits of any script, the rest as hyphens. */
const fileName = (title: string, extension: string): string =>
  `${
    title
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'so-lieu'
  }.${extension}`

const attachment = (name: string): string =>
  `attachment; filename="${name
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(name)}`

/**
 * GET /api/reach-counts/figures/:campaign: displays and clicks per day and per site and kind, for
 * the campaign's "Số liệu" tab; /figures/:campaign/csv and /xlsx: the same as a download. Only to
 * those who may read the campaign, and only the rows of sites they edit (the collection's access).
 */
export const figuresEndpoints: Endpoint[] = [
  {
    path: '/figures/:campaign',
    method: 'get',
    handler: async (req) => Response.json(await figuresFor(req), { headers: PRIVATE }),
  },
  {
    path: '/figures/:campaign/:format',
    method: 'get',
    handler: async (req) => {
      const format = req.routeParams?.format
      if (format !== 'csv' && format !== 'xlsx') throw new NotFound(req.t)
      const figures = await figuresFor(req)
      const language = languageOf(req)
      const table = figuresTable(figures, language)
      const name = fileName(`${language === 'vi' ? 'So lieu' : 'Figures'} ${figures.title}`, format)
      const body =
        format === 'csv'
          ? figuresCsv(table)
          : new Uint8Array(await figuresXlsx(table, language === 'vi' ? 'Số liệu' : 'Figures'))
      return new Response(body, {
        headers: {
          ...PRIVATE,
          'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
          'content-disposition': attachment(name),
        },
      })
    },
  },
]
