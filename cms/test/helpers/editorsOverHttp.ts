// Our endpoints over real HTTP as editors call them: a server on the test world's Payload and a
// sign-in token for the editor of site A and the editor of site B (ready in the file's beforeAll).
import { afterAll, beforeAll } from 'vitest'

import { startApiServer } from './httpServer'
import type { WorldContext } from './world'
import { passwordOf } from './world'

export interface EditorsOverHttp {
  api: Awaited<ReturnType<typeof startApiServer>>
  tokenA: string
  tokenB: string
}

export const useEditorsOverHttp = (t: WorldContext): EditorsOverHttp => {
  const context = {} as EditorsOverHttp
  beforeAll(async () => {
    context.api = await startApiServer(t.payload.config)
    context.tokenA = await context.api.login(t.world.editorA.email, passwordOf(t.world.editorA))
    context.tokenB = await context.api.login(t.world.editorB.email, passwordOf(t.world.editorB))
  })
  afterAll(async () => {
    await context.api.close()
  })
  return context
}
