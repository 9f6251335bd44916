// Payload's collection cards, with the "+" button named in words: Payload builds its label from
// the untranslated collection label, so a per-language label (ours) read "Tạo mới [object Object]".
// Its `t` gets the label translated first; everything else is Payload's own widget.
import { CollectionCards as PayloadCollectionCards } from '@payloadcms/next/rsc'
import { getTranslation } from '@payloadcms/translations'
import type { WidgetServerProps } from 'payload'

type Translate = WidgetServerProps['req']['i18n']['t']

export const CollectionCards = (props: WidgetServerProps) => {
  const { i18n } = props.req
  const t = ((key: string, variables?: Record<string, unknown>) =>
    i18n.t(
      key as never,
      variables && typeof variables.label === 'object' && variables.label !== null
        ? { ...variables, label: getTranslation(variables.label as Record<string, string>, i18n) }
        : variables,
    )) as Translate
  return PayloadCollectionCards({ ...props, req: { ...props.req, i18n: { ...i18n, t } } })
}
