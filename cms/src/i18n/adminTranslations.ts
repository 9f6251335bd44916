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
    // Payload's revert dialog asks "tái xuất bản bản nháp này?", which reads as publishing: it
    // discards the draft and leaves what the portals show alone.
    version: {
      revertToPublished: 'Bỏ bản nháp, quay về bản đã xuất bản',
      confirmRevertToSaved: 'Bỏ bản nháp?',
      aboutToRevertToPublished:
        'Bỏ bản nháp và quay về bản đã xuất bản? Mọi thay đổi chưa xuất bản sẽ mất; nội dung đang hiển thị trên cổng thông tin không đổi.',
      reverting: 'Đang bỏ bản nháp...',
    },
  },
  en: {
    general: {
      locale: 'Content language',
      language: 'Interface language',
    },
    version: {
      revertToPublished: 'Discard draft, back to published',
      confirmRevertToSaved: 'Discard the draft?',
      aboutToRevertToPublished:
        'Discard the draft and go back to the published version? Unpublished changes are lost; what the portals show does not change.',
      reverting: 'Discarding the draft...',
    },
  },
}

/**
 * The content languages' names. Strings, not per-language objects: Payload's field label suffix
 * ("— Tiếng Việt") prints the locale code ("— vi") for anything but a string.
 */
export const contentLocaleLabels = { vi: 'Tiếng Việt', en: 'English' }
