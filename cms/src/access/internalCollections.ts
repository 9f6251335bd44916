// Payload adds its own collections (document locks, preferences, jobs, migrations…) while it
// builds the config, after plugins run, so their access is set on the built config (as
// input/withInputChecks adds its checks). Preferences keep Payload's rule (each user their own),
// the key-value store and jobs their closed one (jobs are set in payload.config's `jobs`).
import type { SanitizedConfig } from 'payload'

import { lockOnlyEditableAsSelf } from '../hooks/lockOnlyEditableAsSelf'
import { editableLock } from './editableLock'
import { nobody } from './nobody'
import { signedIn } from './signedIn'

export const withInternalCollectionAccess = async (
  built: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> => {
  const config = await built
  for (const collection of config.collections) {
    if (collection.slug === 'payload-locked-documents') {
      Object.assign(collection.access, {
        read: editableLock,
        update: editableLock,
        delete: editableLock,
        create: signedIn,
      })
      collection.hooks.beforeChange = [
        ...(collection.hooks.beforeChange ?? []),
        lockOnlyEditableAsSelf,
      ]
    }
    // No route or GraphQL field reaches it; Payload's migrations override access.
    if (collection.slug === 'payload-migrations') {
      Object.assign(collection.access, {
        read: nobody,
        create: nobody,
        update: nobody,
        delete: nobody,
      })
    }
  }
  return config
}
