// The embed panel's words, Vietnamese first (English for an admin in English).
import type { Variant } from '@campaign/shared/routes'

import type { BannerImageVariant } from '../../public/bannerImage/sizes'

type Bands = readonly (readonly [minWidth: number, height: number])[]

const vi = {
  label: 'Mã nhúng banner',
  intro:
    'Chọn một trong ba cách theo nền tảng của cổng thông tin, sao chép và gửi cho quản trị cổng. Cách nào cũng tự cập nhật theo chiến dịch trang này đang hiển thị.',
  noLink:
    'Chưa có địa chỉ cổng thông tin: đường liên kết dự phòng dẫn tới trang lưu trữ chiến dịch của trang này trên CMS. Điền ô “Địa chỉ cổng thông tin” để dẫn về cổng.',
  badSlug: (slug: string) =>
    `Mã trang “${slug}” chưa dùng được: chỉ gồm chữ thường không dấu, số và dấu gạch ngang.`,
  useSlug: (slug: string) => `Dùng “${slug}”`,
  preview: 'Xem trước',
  saveToPreview: 'Lưu trang để xem trước.',
  showsNothing:
    'Trang này hiện không có chiến dịch nào để hiển thị, nên phần xem trước để trống (ảnh chỉ có tên trang). Mã vẫn dùng được: banner tự hiện khi chiến dịch tiếp theo được xuất bản.',
  copy: 'Sao chép',
  copied: 'Đã chép',
  shape: 'Dạng',
  script: {
    title: '1. Mã script',
    when: 'Dùng khi cổng cho phép chèn <script>: banner đầy đủ (thông điệp luân phiên, tệp đính kèm), đọc được bằng trình đọc màn hình.',
    htmlLabel: 'HTML: dán vào nơi banner cần hiện',
    pinnedLabel: 'HTML, bản cố định có mã kiểm tra (SRI)',
    pinnedHelp:
      'Dùng thay cho mã trên khi cổng yêu cầu thuộc tính integrity. Bản này không tự cập nhật mã chương trình: sau mỗi lần nâng cấp CMS, hãy sao chép lại.',
    cssLabel: 'CSS: dán một lần vào tệp CSS của cổng thông tin',
    cssHelp: 'Giữ sẵn chỗ cho banner trong lúc tải, để nội dung trang không bị xô đẩy.',
  },
  image: {
    title: '2. Ảnh kèm liên kết, không cần JavaScript',
    when: 'Dùng khi trình soạn thảo của cổng xóa <script> (NukeViet, …): một ảnh luôn theo chiến dịch hiện tại, bấm vào mở bài viết của chiến dịch.',
    variants: { bar: 'Dải ngang 728×90', card: 'Khung 300×250' } satisfies Record<
      BannerImageVariant,
      string
    >,
  },
  iframe: {
    title: '3. Khung nhúng (iframe)',
    when: 'Dùng khi cổng chỉ cho phép iframe: banner đầy đủ trong một khung; địa chỉ cổng phải có trong “Nguồn được phép nhúng”.',
    variants: { bar: 'Dải ngang', card: 'Thẻ 300 px', compact: 'Một dòng' } satisfies Record<
      Variant,
      string
    >,
    heights: (bands: Bands) =>
      'Chiều cao khung theo độ rộng cột: ' +
      bands
        .map(([minWidth, height], i) =>
          i === 0 && bands.length > 1
            ? `${height} px dưới ${bands[1]?.[0]} px`
            : i === 0
              ? `${height} px`
              : `${height} px từ ${minWidth} px`,
        )
        .join(', ') +
      '.',
  },
  csp: {
    title: 'Content-Security-Policy của cổng',
    when: 'Chỉ cần khi cổng gửi tiêu đề Content-Security-Policy: gộp các nguồn này vào chính sách của cổng.',
    trustedTypes: (policy: string) =>
      `Nếu chính sách có chỉ thị trusted-types, thêm ${policy} vào chỉ thị đó (chính sách của thư viện Lit mà banner dùng).`,
    noOrigins:
      'Trang này chưa có nguồn được phép nhúng: cổng chỉ dùng được mã ảnh. Thêm địa chỉ cổng (ví dụ https://skhcn.khanhhoa.gov.vn) vào “Nguồn được phép nhúng” để dùng mã script hoặc iframe.',
  },
}

type Texts = typeof vi

const en: Texts = {
  label: 'Embed the banner',
  intro:
    'Pick one of the three for the portal’s platform, copy it and send it to the portal’s webmaster. Each follows the campaign this site shows now by itself.',
  noLink:
    'No portal URL yet: the fallback link goes to this site’s campaign archive page on the CMS. Fill in “Portal URL” to link to the portal.',
  badSlug: (slug) =>
    `The slug “${slug}” cannot be used: lower-case letters without accents, digits and hyphens only.`,
  useSlug: (slug) => `Use “${slug}”`,
  preview: 'Preview',
  saveToPreview: 'Save the site to see a preview.',
  showsNothing:
    'This site shows no campaign right now, so the previews are empty (the image has the site’s name only). The code still works: the banner appears by itself when the next campaign is published.',
  copy: 'Copy',
  copied: 'Copied',
  shape: 'Shape',
  script: {
    title: '1. Script',
    when: 'Use it when the portal lets you insert <script>: the full banner (rotating messages, attachments), read by screen readers.',
    htmlLabel: 'HTML: paste where the banner should appear',
    pinnedLabel: 'HTML, pinned build with Subresource Integrity (SRI)',
    pinnedHelp:
      'Use it instead of the code above where the portal requires an integrity attribute. Its code does not update itself: copy it again after each CMS upgrade.',
    cssLabel: 'CSS: paste once into the portal’s stylesheet',
    cssHelp: 'Keeps the banner’s space while it loads, so nothing on the page moves.',
  },
  image: {
    title: '2. Image link, no JavaScript',
    when: 'Use it when the portal’s editor strips <script> (NukeViet, …): a picture that follows the current campaign; clicking it opens the campaign’s article.',
    variants: { bar: 'Strip 728×90', card: 'Box 300×250' },
  },
  iframe: {
    title: '3. Iframe',
    when: 'Use it when the portal allows iframes only: the full banner in a frame; the portal’s address must be in “Allowed origins”.',
    variants: { bar: 'Strip', card: 'Card 300 px', compact: 'One line' },
    heights: (bands) =>
      'Frame height by column width: ' +
      bands
        .map(([minWidth, height], i) =>
          i === 0 && bands.length > 1
            ? `${height} px below ${bands[1]?.[0]} px`
            : i === 0
              ? `${height} px`
              : `${height} px from ${minWidth} px`,
        )
        .join(', ') +
      '.',
  },
  csp: {
    title: 'The portal’s Content-Security-Policy',
    when: 'Only if the portal sends a Content-Security-Policy header: merge these sources into its policy.',
    trustedTypes: (policy) =>
      `If the policy has a trusted-types directive, add ${policy} to it (the policy of Lit, the library the banner uses).`,
    noOrigins:
      'This site has no allowed origin yet: a portal can use the image only. Add the portal’s address (e.g. https://skhcn.khanhhoa.gov.vn) to “Allowed origins” to use the script or the iframe.',
  },
}

export const embedTexts = { vi, en }

export type EmbedTexts = Texts
