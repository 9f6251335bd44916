// The same load while an editor publishes every 5 s through another instance on the same database
// file: each publish must show on the loaded instance within the 2 s goal (one change-marker poll
// plus the rebuild), and the load still sees no error.
import type { Instance } from './cluster'
import {
  delayUntilShown,
  hammer,
  publishTitle,
  signInEditor,
  sleep,
  summarize,
  visibilityBudget,
} from './loadTools'
import type { Row } from './report'
import { row } from './report'

export interface PublishOptions {
  seconds: number
  intervalMs: number
}

export const runPublishUnderLoad = async (
  target: Instance,
  editorSide: Instance,
  { seconds, intervalMs }: PublishOptions,
): Promise<Row[]> => {
  const name = `publish every ${intervalMs / 1000} s under load, ${seconds} s`
  const editor = await signInEditor(editorSide.origin)
  const startedAt = Date.now()
  const load = hammer(target.origin, seconds)
  const delays: number[] = []
  const budgets: number[] = []
  const problems: string[] = []
  // The last publish must have time to show before the load ends.
  for (let n = 1; Date.now() - startedAt < seconds * 1000 - 3000; n++) {
    const due = startedAt + 1000 + (n - 1) * intervalMs
    await sleep(Math.max(0, due - Date.now()))
    if (Date.now() - startedAt > seconds * 1000 - 3000) break
    const title = `Load publish ${n} ${Date.now()}`
    try {
      await publishTitle(editor, title)
      delays.push(await delayUntilShown(target.origin, title))
      budgets.push(visibilityBudget())
    } catch (error) {
      problems.push(String(error))
    }
  }
  const figures = await load
  const isVisibleInTime = delays.every((delay, index) => delay < (budgets[index] ?? 0))
  const separateInstances = target.origin !== editorSide.origin
  return [
    row(name, 'errors + non-2xx', figures.errors + figures.non2xx, {
      goal: '0',
      isMet: figures.errors + figures.non2xx === 0,
    }),
    row(name, 'req/s · p50 / p99', `${figures.reqPerSecond} · ${figures.p50} / ${figures.p99} ms`),
    row(name, 'publishes saved', `${delays.length} (${problems.length} failed)`, {
      goal: '≥ 2, none failed',
      isMet: delays.length >= 2 && problems.length === 0,
    }),
    row(
      name,
      separateInstances
        ? 'publish → shown on the loaded instance (saved through the other)'
        : 'publish → shown',
      summarize(delays),
      {
        goal: `< 2 s (budget with the load: ${Math.max(...budgets, 0)} ms)`,
        isMet: delays.length > 0 && isVisibleInTime,
      },
    ),
    ...problems.map((problem) => row(name, 'publish failed', problem.slice(0, 200))),
  ]
}
