// Everything in one import; the bundler keeps only what is used (package.json: sideEffects false).
export * from './contract'
export * from './contrast'
export * from './format'
export * from './json-schema'
export * from './routes'
export * from './schedule'
