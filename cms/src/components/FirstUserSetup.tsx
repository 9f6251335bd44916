// The admin's "create the first user" screen. Where first-register is closed (production, by
// default: see refuseFirstRegister) the form would only fail, so the screen says what to do.
import type { AdminViewServerProps } from 'payload'
import { CreateFirstUserView } from '@payloadcms/next/views'

import { env } from '../env'

const text = {
  vi: {
    title: 'Chưa có tài khoản quản trị',
    body: 'Vì lý do an toàn, tài khoản quản trị đầu tiên không được tạo từ trang web trên máy chủ chính thức.',
    step: 'Người vận hành chạy lệnh sau trên máy chủ (docker-compose tự chạy khi khởi động), rồi đăng nhập bằng tài khoản đó:',
  },
  en: {
    title: 'There is no admin account yet',
    body: 'For safety, the first admin account is not created from the web on a production server.',
    step: 'The operator runs this on the server (docker-compose does on start), then signs in with that account:',
  },
}

export const FirstUserSetup = (props: AdminViewServerProps) => {
  if (env.allowFirstRegister) return <CreateFirstUserView {...props} />
  const t = props.initPageResult.req.i18n.language === 'en' ? text.en : text.vi
  return (
    <div className="create-first-user">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>{t.step}</p>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        SEED_ADMIN_EMAIL=admin@example.gov.vn SEED_ADMIN_PASSWORD=… pnpm --filter @campaign/cms seed
      </pre>
    </div>
  )
}
