// Makes a fresh clone runnable with only Node 20.19+ and npm: pnpm at the pinned version,
// the dependencies, and the client build. Each step is skipped when it is already up to date,
// so a second `npm start` starts in seconds.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = dirname(dirname(fileURLToPath(import.meta.url)))
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1]

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  if (r.error) throw r.error
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status}`)
}

function versionOf(cmd) {
  const r = spawnSync(cmd, ['--version'], { encoding: 'utf8' })
  return r.status === 0 ? r.stdout.trim() : null
}

/** Returns the path of a pnpm at the pinned version, installing it under .tools/ if needed. */
export function ensurePnpm() {
  const [major, minor] = process.versions.node.split('.').map(Number)
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(`Node ${process.versions.node} is too old: install Node 20.19 or newer.`)
  }
  if (versionOf('pnpm') === pinned) return 'pnpm'
  const local = join(root, '.tools', 'node_modules', '.bin', 'pnpm')
  if (existsSync(local) && versionOf(local) === pinned) return local
  console.log(`Installing pnpm ${pinned} into .tools/ …`)
  run('npm', [
    'install',
    '--prefix',
    join(root, '.tools'),
    '--no-save',
    '--no-package-lock',
    '--loglevel=error',
    `pnpm@${pinned}`,
  ])
  return local
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs
  } catch {
    return 0
  }
}

function newestIn(dir) {
  let newest = 0
  if (!existsSync(dir)) return 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue
    const p = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestIn(p) : mtime(p))
  }
  return newest
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies(pnpm) {
  const marker = join(root, 'node_modules', '.modules.yaml')
  const manifests = ['pnpm-lock.yaml', 'package.json', 'pnpm-workspace.yaml'].map((f) => mtime(join(root, f)))
  if (mtime(marker) >= Math.max(...manifests)) return
  console.log('Installing dependencies (the first time this compiles SQLite, about a minute) …')
  run(pnpm, ['install', '--frozen-lockfile'])
}

/** Builds the client when its build is missing or older than its sources. */
export function ensureClientBuild(pnpm) {
  if (!existsSync(join(root, 'client', 'index.html'))) return
  const built = mtime(join(root, 'client', 'dist', 'index.html'))
  const sources = Math.max(...['client', 'shared', 'templates'].map((d) => newestIn(join(root, d))))
  if (built >= sources) return
  console.log('Building the client …')
  run(pnpm, ['--filter', '@regiovisie/client', 'build'])
}

/** Builds the server into server/dist when the build is missing or older than its sources. */
export function ensureServerBuild(pnpm) {
  const built = mtime(join(root, 'server', 'dist', 'main.js'))
  const sources = Math.max(
    ...['server', 'shared', 'templates'].map((d) => newestIn(join(root, d))),
    mtime(join(root, 'server', 'build.mjs')),
  )
  if (built >= sources) return
  console.log('Building the server …')
  run(pnpm, ['--filter', '@regiovisie/server', 'build'])
}

export function bootstrap() {
  const pnpm = ensurePnpm()
  ensureDependencies(pnpm)
  ensureClientBuild(pnpm)
  ensureServerBuild(pnpm)
  return pnpm
}
