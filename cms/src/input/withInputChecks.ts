// Adds the bad-input checks to every collection, Payload's own (jobs, preferences…) included,
// which is why this wraps the built config rather than being a plugin: plugins run before
// Payload adds its collections and default endpoints.
import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig } from 'payload'

import { answerMissingFile, answerUnseenFileAsMissing } from './answerMissingFile'
import { answerMissingPreference } from './answerMissingPreference'
import { answerUndecodablePath } from './answerUndecodablePath'
import { guardRestRequest } from './guardRestRequest'
import { INVALID_INPUT } from './invalidInput'
import { rejectMalformedQuery } from './rejectMalformedQuery'

/** Routes whose answer for something missing (or unseen) is made a 404 rather than 500 or 403. */
const answeringMissing = (endpoint: Endpoint, collection: SanitizedCollectionConfig): Endpoint => {
  if (endpoint.path === '/file/:filename') return answerUnseenFileAsMissing(endpoint)
  const isPreferenceDelete =
    collection.slug === 'payload-preferences' &&
    endpoint.path === '/:key' &&
    endpoint.method === 'delete'
  return isPreferenceDelete ? answerMissingPreference(endpoint) : endpoint
}

export const withInputChecks = async (
  built: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> => {
  const config = await built
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [
      rejectMalformedQuery,
      ...(collection.hooks.beforeOperation ?? []),
    ]
    if (collection.endpoints) {
      collection.endpoints = collection.endpoints.map((endpoint) =>
        guardRestRequest(answeringMissing(endpoint, collection), collection),
      )
    }
    if (collection.upload && !collection.upload.disableLocalStorage) {
      collection.upload.handlers = [
        ...(collection.upload.handlers ?? []),
        answerMissingFile(collection),
      ]
    }
  }
  config.hooks = {
    ...config.hooks,
    afterError: [...(config.hooks?.afterError ?? []), answerUndecodablePath],
  }
  // Bad input is the caller's mistake: logged as info, not with a stack trace as an error.
  Object.assign(config.loggingLevels, { [INVALID_INPUT]: 'info', URIError: 'info' })
  return config
}
