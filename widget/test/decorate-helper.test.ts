import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { fieldDecorate } from '../scripts/decorate-helper.ts'
import { FILES } from '../scripts/manifest.ts'

// oxc's decorate helper as rolldown renders it into the module build (the classic build indents
// it one tab inside its IIFE).
const HELPER = `function __decorate(decorators, target, key, desc) {
\tvar c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
\tif (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
\telse for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
\treturn c > 3 && r && Object.defineProperty(target, key, r), r;
}`

const indent = (code: string) => code.replace(/^/gm, '\t')

test.each([
  ['module', (code: string) => code],
  ['classic', indent],
])('replaces the helper in the %s build by a loop over field decorators', (_name, render) => {
  const chunk = `var a = 1;\n${render(HELPER)}\n${render('__decorate([f()], C.prototype, "x", void 0);')}\n`
  const replaced = fieldDecorate(chunk)
  expect(replaced).not.toContain('Reflect')
  expect(replaced).toContain('__decorate([f()], C.prototype, "x", void 0);')
  const decorate = new Function(
    `${replaced.match(/function __decorate[\s\S]*?\n\s*\}/)?.[0]}; return __decorate`,
  )() as (
    decorators: ((target: object, key: string) => void)[],
    target: object,
    key: string,
  ) => void
  const calls: string[] = []
  decorate(
    [(_, key) => calls.push('outer ' + key), (_, key) => calls.push('inner ' + key)],
    {},
    'x',
  )
  expect(calls).toEqual(['inner x', 'outer x']) // last first, as TypeScript applies them
})

test('fails the build when the helper is not there to replace', () => {
  expect(() => fieldDecorate('var a = 1;\n')).toThrow(/decorate helper not found/)
})

test.each(FILES)('%s carries the loop, not the general helper', (name) => {
  const code = readFileSync(new URL(`../dist/${name}`, import.meta.url), 'utf8')
  expect(code.includes('Reflect.decorate')).toBe(false)
})
