// What `docker build` must leave out of the image: any .env file, wherever it is.
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

const rules = readFileSync(path.resolve(import.meta.dirname, '../../.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'))

// Docker's rule: the last matching pattern wins; `!` re-includes. `**` spans any directories.
const toRegExp = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split(/(\*\*\/|\*\*|\*|\?)/)
      .map((part) => {
        if (part === '**/') return '(?:.*/)?'
        if (part === '**') return '.*'
        if (part === '*') return '[^/]*'
        if (part === '?') return '[^/]'
        return part.replace(/[.+^${}()|[\]\\]/g, '\\$&')
      })
      .join('')}(?:/.*)?$`,
  )

const isIgnored = (file: string): boolean =>
  rules.reduce((ignored, rule) => {
    const isNegated = rule.startsWith('!')
    const pattern = isNegated ? rule.slice(1) : rule
    return toRegExp(pattern).test(file) ? !isNegated : ignored
  }, false)

it.each(['.env', 'cms/.env', 'cms/.env.local', '.env.production', 'widget/.env', 'cms/data/x.db'])(
  '%s stays out of the image',
  (file) => {
    expect(isIgnored(file)).toBe(true)
  },
)

it.each(['.env.example', 'cms/src/env.ts', 'cms/package.json', 'cms/src/payload.config.ts'])(
  '%s goes in',
  (file) => {
    expect(isIgnored(file)).toBe(false)
  },
)
