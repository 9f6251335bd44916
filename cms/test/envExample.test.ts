// .env.example documents every variable the CMS reads, so operators can find each one.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) ? [full] : []
  })

// Set by Node, Next, pnpm (INIT_CWD: where `pnpm` was run) or the shell rather than by an operator.
const NOT_SETTINGS = new Set(['NODE_ENV', 'NEXT_PHASE', 'NEXT_RUNTIME', 'INIT_CWD'])

const variablesRead = (): string[] => {
  const names = new Set<string>()
  const reads = /process\.env\.([A-Z][A-Z0-9_]*)|read\w+\(\s*'([A-Z][A-Z0-9_]*)'/g
  for (const file of sourceFiles(path.join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(reads)) {
      const name = match[1] ?? match[2]
      if (name && !NOT_SETTINGS.has(name)) names.add(name)
    }
  }
  return [...names].sort()
}

it('documents every variable the CMS reads', () => {
  const example = readFileSync(path.join(root, '..', '.env.example'), 'utf8')
  const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]))
  const read = variablesRead()
  expect(read.length).toBeGreaterThan(15)
  expect(read.filter((name) => !documented.has(name))).toEqual([])
})
