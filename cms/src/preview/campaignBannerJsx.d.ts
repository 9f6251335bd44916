// <campaign-banner> in the preview page's JSX: the attributes the pane sets (widget/src has them all).
import type { DetailedHTMLProps, HTMLAttributes } from 'react'

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'campaign-banner': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & {
        site: string
        api: string
        variant: 'bar' | 'card' | 'compact'
        preview?: boolean
        now?: string
      }
    }
  }
}
