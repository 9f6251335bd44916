'use client'
// When even the admin's root layout fails (its session check reads the database), Next shows this
// instead of its own English "This page couldn't load". It replaces the root layout, so it brings
// its own <html> and <body>.
import { AdminErrorScreen } from '../components/DatabaseOutage/AdminErrorScreen'

const GlobalError = ({ error }: { error: Error & { digest?: string } }) => (
  <html lang="vi">
    <body style={{ margin: 0 }}>
      <AdminErrorScreen digest={error.digest} />
    </body>
  </html>
)

export default GlobalError
