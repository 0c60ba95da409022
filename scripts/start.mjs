// `npm start`: bootstrap a fresh clone, then run the server (SQLite under ./data by default).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { bootstrap, root } from './bootstrap.mjs'

try {
  bootstrap()
} catch (err) {
  console.error(`\nRegiovisie kon niet worden voorbereid: ${err.message}`)
  process.exit(1)
}

// Same process group as this script, so stopping `npm start` stops the server too.
// Compiled JavaScript, built once by bootstrap() (`pnpm dev` keeps running the TypeScript with tsx watch).
const { flags } = JSON.parse(readFileSync(join(root, 'server', 'nodeFlags.json'), 'utf8'))
const server = spawn(process.execPath, [...flags, 'server/dist/main.js'], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
