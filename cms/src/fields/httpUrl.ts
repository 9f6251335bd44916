import { isHttpUrl } from '@campaign/shared/patterns'
import type { TextField } from 'payload'

import { translate } from '../i18n/messages'

type Options = Pick<TextField, 'name' | 'label' | 'required' | 'localized'> & {
  admin?: TextField['admin']
}

/** A link the public sees: only absolute http(s) addresses (no javascript:, data: or relative). */
export const httpUrl = (field: Options): TextField => ({
  ...field,
  type: 'text',
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
  validate: (value, { req, required }) => {
    if (value === undefined || value === null || value === '') {
      return required ? req.t('validation:required') : true
    }
    return typeof value === 'string' && isHttpUrl(value) ? true : translate(req, 'urlFormat')
  },
})
