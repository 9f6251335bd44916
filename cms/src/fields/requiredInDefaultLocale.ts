import type { TextareaFieldValidation, TextFieldSingleValidation } from 'payload'

/**
 * `required` for translated text, checked in the default language (Vietnamese) only: English
 * falls back to Vietnamese, so an English edit may leave any text untranslated.
 */
export const requiredInDefaultLocale: TextFieldSingleValidation & TextareaFieldValidation = (
  value,
  { req, required },
) => {
  const defaultLocale = req.payload.config.localization
    ? req.payload.config.localization.defaultLocale
    : undefined
  if (!required || (req.locale && defaultLocale && req.locale !== defaultLocale)) return true
  return typeof value === 'string' && value.trim() !== '' ? true : req.t('validation:required')
}
