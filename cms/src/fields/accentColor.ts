import type { TextField } from 'payload'

import { translate } from '../i18n/messages'

const HEX_COLOUR = /^#[0-9a-f]{6}$/

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
