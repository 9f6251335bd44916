/* Payload's admin shell, in the shape of Payload's blank template. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { handleServerFunctions, RootLayout } from '@payloadcms/next/layouts'
import { buildFormStateHandler } from '@payloadcms/ui/utilities/buildFormState'
import type { BuildFormStateArgs, ServerFunction, ServerFunctionClient } from 'payload'
import type React from 'react'

import { withoutForeignLock } from '../../access/withoutForeignLock'
import { nameLocalesInCachedClientConfigs } from '../../i18n/contentLocaleNames'
import { importMap } from './admin/importMap.js'
import './custom.scss'

// "— Vietnamese" after field names in the English admin, "— Tiếng Việt" in the Vietnamese one.
nameLocalesInCachedClientConfigs()

// Payload's form-state, minus the lock it would put on a document the caller may not edit.
const formState: ServerFunction<BuildFormStateArgs> = async (args) =>
  buildFormStateHandler(await withoutForeignLock(args))

const serverFunction: ServerFunctionClient = async function (args) {
  'use server'
  return handleServerFunctions({
    ...args,
    config,
    importMap,
    serverFunctions: { 'form-state': formState },
  })
}

const Layout = ({ children }: { children: React.ReactNode }) => (
  <RootLayout config={config} importMap={importMap} serverFunction={serverFunction}>
    {children}
  </RootLayout>
)

export default Layout
