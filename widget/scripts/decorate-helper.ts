// Vite plugin: replaces the decorate helper the TypeScript decorators compile to (oxc's copy of
// tslib's `__decorate`, which handles descriptors, Reflect.decorate and class decorators) with the
// one loop the widget needs: its decorators (`@property`, `@state` in src/base-element.ts) decorate
// fields and return nothing. The helper is rolldown's own runtime code, out of reach of resolve and
// load hooks, so it is replaced in the rendered chunk; the build fails if it is not found there.
import type { Plugin } from 'vite'

// Its text as rolldown renders it (the classic build indents it inside the IIFE).
const HELPER = /\n(\s*)function __decorate\(decorators, target, key, desc\) \{\n[\s\S]*?\n\1\}\n/

export const fieldDecorate = (code: string): string => {
  if (!HELPER.test(code))
    throw new Error('decorate helper not found: update scripts/decorate-helper.ts')
  return code.replace(
    HELPER,
    '\nfunction __decorate(decorators, target, key) {\n' +
      'for (let i = decorators.length; i--; ) decorators[i](target, key);\n}\n',
  )
}

export function fieldDecorators(): Plugin {
  return {
    name: 'campaign-banner-field-decorators',
    apply: 'build',
    renderChunk: (code) => ({ code: fieldDecorate(code), map: null }),
  }
}
