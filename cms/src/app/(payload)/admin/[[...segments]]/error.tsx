'use client'
// An admin page that fails to build below a working layout: the same explanation as
// global-error.tsx, inside Payload's shell.
import { AdminErrorScreen } from '../../../../components/DatabaseOutage/AdminErrorScreen'

const AdminPageError = ({ error }: { error: Error & { digest?: string } }) => (
  <AdminErrorScreen digest={error.digest} />
)

export default AdminPageError
