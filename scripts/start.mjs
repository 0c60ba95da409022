// `npm start`: bootstrap a fresh clone, then run the server (SQLite under ./data by default).
import { spawn } from 'node:child_process'
import { bootstrap, root } from './bootstrap.mjs'

try {
  bootstrap()
} catch (err) {
  console.error(`\nRegiovisie kon niet worden voorbereid: ${err.message}`)
  process.exit(1)
}

// Same process group as this script, so stopping `npm start` stops the server too.
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
