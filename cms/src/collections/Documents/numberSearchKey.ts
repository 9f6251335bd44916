// What a search for a document number is compared on: the number as the Documents record stores
// it, whatever the editor typed. "2768 / sldtbxh-btxhtebdg", "2768/SLDTBXH" (no Đ on the
// keyboard) and Cyrillic look-alikes all lead to 2768/SLĐTBXH-BTXHTEBĐG.
import { numberMatchKey } from '../../import/documentNumbers'

export const numberSearchKey = (text: string): string =>
  numberMatchKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/g, 'D')
