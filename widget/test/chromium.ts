// Launch options for Debian's chromium: the same browser and flags as the workspace's other
// browser tests (tests/chromium.ts says which and why).
import { CHROMIUM_PATH, chromiumArgs } from '../../tests/chromium.ts'

export const CHROMIUM = { executablePath: CHROMIUM_PATH, args: chromiumArgs }
