'use client'
import { Button } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { copyText } from './copyText'

/** Copies `code`; says so ("Đã chép") until the code changes. */
export const CopyButton = ({
  code,
  label,
  copiedLabel,
}: {
  code: string
  label: string
  copiedLabel: string
}) => {
  const [isCopied, setIsCopied] = useState(false)
  useEffect(() => setIsCopied(false), [code])
  return (
    <Button
      buttonStyle="secondary"
      size="small"
      margin={false}
      onClick={() => void copyText(code).then(setIsCopied)}
    >
      <span aria-live="polite">{isCopied ? copiedLabel : label}</span>
    </Button>
  )
}
