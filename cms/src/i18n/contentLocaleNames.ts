// The content languages named in the interface's language: "Chủ đề — Tiếng Việt" in the
// Vietnamese admin, "Theme — Vietnamese" in the English one.
//
// Payload prints a locale's label after each translatable field's name only when the label is a
// string (an object prints the code, "— vi"), and the config holds one string for every
// interface language. But Payload's admin builds its client config once per interface language
// and keeps it in a process-wide cache keyed by language (`_payload_clientConfigs`, in
// @payloadcms/ui's getClientConfig): each copy is given the names in its own language as it is
// stored. Without this, every language shows the config's (Vietnamese) names: nothing breaks.
import { contentLocaleLabels } from './adminTranslations'

export const contentLocaleNames: Record<string, Record<string, string>> = {
  vi: contentLocaleLabels,
  en: { vi: 'Vietnamese', en: 'English' },
}

interface ClientConfigLike {
  localization?: false | { locales?: Array<{ code: string; label?: unknown }> }
}

/** The client config with its locales named in `language`; unknown languages are left as is. */
export const nameLocalesIn = <T extends ClientConfigLike>(config: T, language: string): T => {
  const names = contentLocaleNames[language]
  const localization = config.localization
  if (!names || !localization || !localization.locales) return config
  localization.locales = localization.locales.map((locale) => ({
    ...locale,
    label: names[locale.code] ?? locale.label,
  }))
  return config
}

const CACHE_KEY = '_payload_clientConfigs'

/** Names the locales in every client config Payload caches from now on (idempotent). */
export const nameLocalesInCachedClientConfigs = (): void => {
  const holder = globalThis as unknown as Record<string, Record<string, unknown> | undefined>
  const cache = (holder[CACHE_KEY] ??= {})
  for (const language of Object.keys(contentLocaleNames)) {
    const descriptor = Object.getOwnPropertyDescriptor(cache, language)
    if (descriptor?.set) continue
    let stored = descriptor?.value as ClientConfigLike | undefined
    if (stored) nameLocalesIn(stored, language)
    Object.defineProperty(cache, language, {
      configurable: true,
      enumerable: true,
      get: () => stored,
      set: (config: ClientConfigLike | undefined) => {
        stored = config ? nameLocalesIn(config, language) : config
      },
    })
  }
}
