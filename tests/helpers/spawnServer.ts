import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface SpawnedServer {
  url: string
  wsUrl: string
  process: ChildProcess
  output(): string
  kill(signal?: NodeJS.Signals): Promise<void>
}

/** Runs the real server entry point as its own process (for crash and restart tests). */
export async function spawnServer(opts: {
  dataDir: string
  port: number
  adminToken: string
  env?: Record<string, string>
}): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATA_DIR: opts.dataDir,
      ADMIN_TOKEN: opts.adminToken,
      LOG_LEVEL: 'warn',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d) => {
    log = (log + d).slice(-4000)
  })
  child.stderr?.on('data', (d) => {
    log = (log + d).slice(-4000)
  })
  const url = `http://127.0.0.1:${opts.port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${log}`)
    try {
      const r = await fetch(`${url}/healthz`)
      if (r.ok) break
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not become healthy: ${log}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    url,
    wsUrl: `ws://127.0.0.1:${opts.port}/collab`,
    process: child,
    output: () => log,
    kill(signal = 'SIGKILL') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill(signal)
      })
    },
  }
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address()
      const port = typeof address === 'object' && address ? address.port : 0
      srv.close(() => resolve(port))
    })
  })
}
