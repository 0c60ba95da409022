// Runs the project's pnpm (the pinned version: on PATH, or the one `npm start` put under .tools/,
// installed there first when neither exists), so the npm scripts work with only Node and npm.
// Usage: node scripts/pnpm.mjs <pnpm arguments>
import { spawnSync } from 'node:child_process'
import { ensurePnpm, root } from './bootstrap.mjs'

let pnpm
try {
  pnpm = ensurePnpm()
} catch (err) {
  console.error(`pnpm is not available: ${err.message}`)
  process.exit(2)
}
const r = spawnSync(pnpm, process.argv.slice(2), { cwd: process.cwd() || root, stdio: 'inherit' })
if (r.error) {
  console.error(r.error.message)
  process.exit(2)
}
process.exit(r.status ?? 1)
