import { HEX_COLOR } from '@campaign/shared/patterns'
import type { TextField } from 'payload'

import { translate } from '../i18n/messages'

// The value is lower-cased before it is checked, so the pattern's upper case never matters.
const HEX_COLOUR = new RegExp(HEX_COLOR, 'u')

/**
 * The banner's accent colour. Any #rrggbb is accepted: the public API serves it darkened when
 * contrast is poor, and AccentColorHint shows the editor the colour that will be used.
 */
export const accentColor = (field: Pick<TextField, 'name' | 'label' | 'admin'>): TextField => ({
  ...field,
  type: 'text',
  hooks: {
    beforeValidate: [
      ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value),
    ],
  },
  validate: (value, { req }) =>
    value === undefined || value === null || (typeof value === 'string' && HEX_COLOUR.test(value))
      ? true
      : translate(req, 'accentColorFormat'),
})
