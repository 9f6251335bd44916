/* The editors' preview pages: their own document, outside Payload's admin shell. */
import type { Metadata } from 'next'
import type React from 'react'

import './preview.css'

export const metadata: Metadata = { robots: { index: false, follow: false } }

const Layout = ({ children }: { children: React.ReactNode }) => (
  <html lang="vi">
    <body>{children}</body>
  </html>
)

export default Layout
