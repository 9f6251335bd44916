// Where Payload's own admin wording misleads our editors, ours replaces it (merged over Payload's
// tables by the config's i18n.translations).

export const adminTranslations = {
  vi: {
    error: {
      // Payload's Vietnamese says "Field sau không hợp lệ".
      followingFieldsInvalid_one: 'Trường sau chưa hợp lệ:',
      followingFieldsInvalid_other: 'Các trường sau chưa hợp lệ:',
    },
    // The header's content language and the account's interface language were both "Ngôn ngữ".
    general: {
      locale: 'Ngôn ngữ nội dung',
      language: 'Ngôn ngữ giao diện',
    },
  },
  en: {
    general: {
      locale: 'Content language',
      language: 'Interface language',
    },
  },
}

/**
 * The content languages' names. Strings, not per-language objects: Payload's field label suffix
 * ("— Tiếng Việt") prints the locale code ("— vi") for anything but a string.
 */
export const contentLocaleLabels = { vi: 'Tiếng Việt', en: 'English' }
